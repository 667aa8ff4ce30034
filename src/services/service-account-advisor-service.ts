import { countingGrants } from '../authz/counting-grants.js';
import { serviceAccountFindings, type AdvisorSettings, type Finding, type HeldRole, type KeyFacts } from '../authz/service-account-findings.js';
import type { ServiceAccountConfig } from '../config/service-account-config.js';
import type { EnvironmentTier } from '../domain/environment-tier.js';
import type { Principal } from '../persistence/entities/principal.entity.js';
import type { ServiceAccountKey } from '../persistence/entities/service-account-key.entity.js';
import { AccessEventRepository } from '../persistence/repositories/access-event.repository.js';
import { EnvironmentRepository } from '../persistence/repositories/environment.repository.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { RoleUsageRepository } from '../persistence/repositories/role-usage.repository.js';
import { ServiceAccountKeyRepository } from '../persistence/repositories/service-account-key.repository.js';
import { requireId } from './input.js';
import type { ServiceContext } from './service-context.js';

export type AdvisorConfig = Pick<ServiceAccountConfig, 'sharedMailboxPattern' | 'keyMaxAgeDays' | 'roleUnusedDays'>;

export interface ServiceAccountReport {
  readonly account: Principal;
  /** Empty when the account meets every recommended practice. */
  readonly findings: readonly Finding[];
}

/**
 * The advisor's report on every service account of an organization, for those who see its
 * members (Org Admins). Gathers each account's roles (a query per account: organizations run one
 * or two), keys, role usage and role ages, and leaves the judging to
 * `authz/service-account-findings.ts`.
 */
export class ServiceAccountAdvisorService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly config: AdvisorConfig,
  ) {}

  async findings(organizationId: string, now: Date = new Date()): Promise<ServiceAccountReport[]> {
    const orgId = requireId(organizationId, 'organizationId');
    await this.ctx.visibility.requireMembersVisible({ organizationId: orgId });
    const accounts = await this.accountsOf(orgId);
    const ids = accounts.map((a) => a.id);
    const [grantsByAccount, keys, usage, grantTimes] = await Promise.all([
      Promise.all(ids.map((id) => this.ctx.store.grantsInOrganization(id, orgId))),
      new ServiceAccountKeyRepository(this.ctx.em).ofAccounts(ids),
      new RoleUsageRepository(this.ctx.em).ofPrincipals(ids),
      new AccessEventRepository(this.ctx.em).roleGrantTimes(orgId, ids),
    ]);
    const grants = grantsByAccount.flat();
    const tiers = await this.tiersOf(grants.filter((g) => g.scope.level === 'ENVIRONMENT').map((g) => g.scope.id));
    const lastUse = new Map(usage.map((u) => [`${u.principalId}/${u.scopeId}/${u.role}`, u.lastUsedAt]));
    const settings: AdvisorSettings = { ...this.config, now };

    return accounts.map((account) => {
      const roles = countingGrants(grants.filter((g) => g.principalId === account.id)).map(
        (g): HeldRole => ({
          role: g.role,
          scope: g.scope,
          chain: g.chain,
          environmentTier: tiers.get(g.scope.id),
          heldSince: grantTimes.get(`${g.principalId}/${g.scope.id}`),
          lastUsedAt: lastUse.get(`${g.principalId}/${g.scope.id}/${g.role}`),
        }),
      );
      const facts = { contactEmail: account.contactEmail, roles, keys: keys.filter((k) => k.principal.id === account.id).map(keyFacts) };
      return { account, findings: serviceAccountFindings(facts, settings) };
    });
  }

  private async accountsOf(organizationId: string): Promise<Principal[]> {
    const repository = new PrincipalRepository(this.ctx.em);
    const accounts: Principal[] = [];
    for (let after: string | undefined; ; ) {
      const page = await repository.serviceAccountsOf(organizationId, { after, limit: 1000 });
      accounts.push(...page.items);
      if (!page.hasMore) return accounts;
      after = page.items.at(-1)!.id;
    }
  }

  private async tiersOf(environmentIds: readonly string[]): Promise<Map<string, EnvironmentTier>> {
    const environments = await new EnvironmentRepository(this.ctx.em).byIds(environmentIds);
    return new Map(environments.map((e) => [e.id, e.tier]));
  }
}

function keyFacts(key: ServiceAccountKey): KeyFacts {
  return { id: key.id, fingerprint: key.fingerprint, createdAt: key.createdAt, lastUsedAt: key.lastUsedAt };
}
