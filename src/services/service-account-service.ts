import type { Principal } from '../persistence/entities/principal.entity.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { optionalDescription, requireEmail, requireId, requireName, requireRole } from './input.js';
import type { ServiceContext } from './service-context.js';
import { visibleServiceAccount } from './service-account-lookup.js';

export interface NewServiceAccount {
  readonly name: string;
  /** Who answers for the account; a distribution list, ideally. */
  readonly contactEmail: string;
  readonly description?: string;
  /** Its organization role; Org Member unless given (service accounts may hold only Org Member or Org Contributor). */
  readonly role?: string;
}

/**
 * Service accounts: non-human principals for deployments, refreshes, schedules and CI/CD. They
 * never have a password or an API token; they authenticate with key pairs (`ServiceAccountKeyService`).
 */
export class ServiceAccountService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Creates a service account owned by the organization and makes it a member there, as one
   * change: only an Org Admin may (the grant policy's rule for adding members), and only with a
   * role service accounts may hold.
   */
  async create(organizationId: string, input: NewServiceAccount): Promise<ChangeResult<Principal>> {
    const orgId = requireId(organizationId, 'organizationId');
    const displayName = requireName(input.name, 'name');
    const contactEmail = requireEmail(input.contactEmail, 'contactEmail');
    const description = optionalDescription(input.description, 'description');
    const role = requireRole(input.role ?? 'ORG_MEMBER');
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: orgId });
    const committed = await this.ctx.change(async (change, authz) => {
      const account = await new PrincipalRepository(change.em).create({ kind: 'SERVICE_ACCOUNT', displayName, organizationId: orgId, description, contactEmail });
      change.record({ kind: 'SERVICE_ACCOUNT_CREATED', organizationId: orgId, principalId: account.id, scopeLevel: 'ORGANIZATION', scopeId: orgId });
      const plan = await authz.policy.addMember(this.ctx.viewer.principalId, account.id, orgId, role);
      await applyGrantPlan(change, authz.store, plan);
      return { account, plan };
    });
    return { revision: committed.revision!, changes: committed.result.plan.changes, value: committed.result.account };
  }

  /** One service account: for itself, and for whoever sees its organization's members. */
  get(id: string): Promise<Principal> {
    return visibleServiceAccount(this.ctx, requireId(id, 'id'));
  }

  /** The organization's service accounts, members or not, for those who see its members. */
  async list(organizationId: string, page: PageRequest): Promise<Page<Principal>> {
    const orgId = requireId(organizationId, 'organizationId');
    await this.ctx.visibility.requireMembersVisible({ organizationId: orgId });
    return new PrincipalRepository(this.ctx.em).serviceAccountsOf(orgId, page);
  }
}
