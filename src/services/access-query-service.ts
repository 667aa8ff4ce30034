import type { ScopeAccess } from '../authz/accessible-scopes.js';
import type { CheckRequest, CheckResult } from '../authz/check.js';
import type { EffectivePermissions } from '../authz/effective-permissions.js';
import type { LicenseUsage } from '../authz/license-usage.js';
import type { Page } from '../authz/page.js';
import type { PrincipalAccess } from '../authz/who-can.js';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { Access } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { requireId, requireScope } from './input.js';
import { recordServiceAccountUse } from './role-usage-recorder.js';
import type { ServiceContext } from './service-context.js';

/** The most checks one batch may hold: enough for any screen, small enough to bound a request. */
export const MAX_CHECKS_PER_BATCH = 200;

export interface WhoCanInput {
  readonly permissionKey: string;
  readonly access: Access;
  readonly scope: ScopeRef;
  readonly first: number;
  readonly after?: string;
}

export interface AccessibleScopesInput {
  readonly principalId: string;
  readonly organizationId: string;
  readonly permissionKey: string;
  readonly access: Access;
  readonly first: number;
  readonly after?: string;
}

/** Read-only questions to the engine, each behind the visibility rules (`authz/visibility.ts`). */
export class AccessQueryService {
  constructor(private readonly ctx: ServiceContext) {}

  async effectivePermissions(principalId: string, scope: ScopeRef): Promise<EffectivePermissions> {
    const target = requireId(principalId, 'principalId');
    const at = requireScope(scope);
    await this.requireAccessOfVisible(target, at);
    return this.ctx.engine.effectivePermissions(target, at);
  }

  check(request: CheckRequest): Promise<CheckResult> {
    return this.checkMany([request]).then((results) => results[0]!);
  }

  /**
   * Every check's principal and scope must be visible to the caller; one that is not fails the
   * batch. Allowed answers about service accounts are recorded as uses of their roles.
   */
  async checkMany(requests: readonly CheckRequest[]): Promise<CheckResult[]> {
    if (requests.length === 0 || requests.length > MAX_CHECKS_PER_BATCH) {
      throw new InvalidInputError(`A batch holds 1 to ${MAX_CHECKS_PER_BATCH} checks; got ${requests.length}.`, { count: requests.length });
    }
    const valid = requests.map((r, i) => ({ ...r, principalId: requireId(r.principalId, `checks[${i}].principalId`), scope: requireScope(r.scope, `checks[${i}].scope`) }));
    await Promise.all(valid.map((r) => this.requireAccessOfVisible(r.principalId, r.scope)));
    const results = await this.ctx.engine.checkMany(valid);
    await recordServiceAccountUse(this.ctx.em, this.ctx.store, results, new Date());
    return results;
  }

  /** Who holds a permission at a scope: needs sight of that scope's members. */
  async whoCan(input: WhoCanInput): Promise<Page<PrincipalAccess>> {
    const scope = requireScope(input.scope);
    await this.ctx.visibility.requireMembersVisible(await this.chainOf(scope));
    return this.ctx.engine.whoCan({ ...input, scope });
  }

  /** Where a principal holds a permission: for the principal itself, or an Org Admin. */
  async accessibleScopes(input: AccessibleScopesInput): Promise<Page<ScopeAccess>> {
    const principalId = requireId(input.principalId, 'principalId');
    const organizationId = requireId(input.organizationId, 'organizationId');
    const organization: ScopeRef = { level: 'ORGANIZATION', id: organizationId };
    if (principalId === this.ctx.viewer.principalId) await this.ctx.visibility.requireVisible(organization);
    else await this.requireAccessOfVisible(principalId, organization);
    return this.ctx.engine.accessibleScopes({ ...input, principalId, organizationId });
  }

  async licenseUsage(organizationId: string): Promise<LicenseUsage> {
    const id = requireId(organizationId, 'organizationId');
    await this.ctx.visibility.requireMembersVisible({ organizationId: id });
    return this.ctx.engine.licenseUsage(id);
  }

  private async chainOf(scope: ScopeRef): Promise<ScopeChain> {
    await this.ctx.visibility.requireVisible(scope);
    return (await this.ctx.store.scopeChain(scope))!;
  }

  /** The principal must be a member of the scope's organization, and its access visible to the caller. */
  private async requireAccessOfVisible(principalId: string, scope: ScopeRef): Promise<void> {
    const chain = await this.ctx.store.scopeChain(scope);
    if (!chain) throw NotFoundError.of(scope.level.toLowerCase(), scope.id);
    await this.ctx.visibility.requireAccessOfVisible(principalId, chain);
    const membership = await this.ctx.store.grantsAlongChain(principalId, { organizationId: chain.organizationId });
    if (membership.length === 0) throw NotFoundError.of('principal', principalId);
  }
}
