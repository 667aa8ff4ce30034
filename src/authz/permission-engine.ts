import { NotFoundError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { scopeOfChain } from '../domain/scope.js';
import { AccessLookups } from './access-lookups.js';
import type { AccessibleScopesQuery, ScopeAccess } from './accessible-scopes.js';
import { accessibleScopes } from './accessible-scopes.js';
import type { CheckRequest, CheckResult } from './check.js';
import { decide } from './check.js';
import { countingGrants } from './counting-grants.js';
import type { EffectivePermissions } from './effective-permissions.js';
import { effectiveAtLevel } from './effective-permissions.js';
import type { GrantStore, PlacedGrant } from './grant-store.js';
import { HeldAccess } from './held-access.js';
import { requireAccess, requirePermission, requireScopeRef } from './input-validation.js';
import type { LicenseUsage } from './license-usage.js';
import { licenseUsage } from './license-usage.js';
import type { Page } from './page.js';
import { requirePageSize } from './page.js';
import { evaluationChain, resolveScope } from './scope-resolution.js';
import type { PrincipalAccess, WhoCanQuery } from './who-can.js';
import { whoCan } from './who-can.js';

/**
 * The permission engine: answers who may do what, where, and why, from a GrantStore. It holds no
 * state of its own, so one engine serves every request and always reads the store's current data.
 * Errors: an unknown permission key, a malformed scope, access or cursor, a page size outside
 * 1..500, or a permission deeper than the scope is InvalidInputError; a scope (or, where a
 * principal is the subject of a listing, a principal) that does not exist is NotFoundError.
 */
export class PermissionEngine {
  constructor(private readonly store: GrantStore) {}

  /**
   * The permissions of the scope's level the principal holds there. A disabled principal holds
   * none; an unknown one is NotFoundError.
   */
  async effectivePermissions(principalId: string, scope: ScopeRef): Promise<EffectivePermissions> {
    const { chain, principal, counting } = await this.countingAt(principalId, scope);
    if (!principal) throw NotFoundError.of('principal', principalId);
    const at = scopeOfChain(chain);
    return { principalId, scope: at, permissions: effectiveAtLevel(counting, at.level) };
  }

  /**
   * What the principal holds at the scope, for several questions answered from one read (see
   * `HeldAccess`). A disabled or unknown principal holds nothing; an unknown scope is NotFoundError.
   */
  async heldAt(principalId: string, scope: ScopeRef): Promise<HeldAccess> {
    const { chain, counting } = await this.countingAt(principalId, scope);
    return new HeldAccess(chain, counting);
  }

  /** Whether the principal holds the permission at the access asked; a denial says why not. */
  async check(request: CheckRequest): Promise<CheckResult> {
    const [result] = await this.checkMany([request]);
    return result!;
  }

  /**
   * Several checks sharing store reads: each distinct scope, principal and (principal, chain) is
   * read once. Every request is validated before any is answered; one invalid request fails the batch.
   */
  async checkMany(requests: readonly CheckRequest[]): Promise<CheckResult[]> {
    const lookups = new AccessLookups(this.store);
    const prepared = await Promise.all(
      requests.map(async (request) => {
        const permission = requirePermission(request.permissionKey);
        requireAccess(request.access);
        const chain = evaluationChain(await lookups.chain(requireScopeRef(request.scope)), permission);
        return { request, permission, chain };
      }),
    );
    await lookups.loadPrincipals(requests.map((r) => r.principalId));
    return Promise.all(
      prepared.map(async ({ request, permission, chain }) => {
        const principal = await lookups.principal(request.principalId);
        const grants = principal && !principal.disabled ? await lookups.grantsAlongChain(request.principalId, chain) : [];
        return decide(request, permission, chain, principal, grants);
      }),
    );
  }

  /** Enabled principals holding the permission at the (normalised) scope at ≥ access, by id. */
  async whoCan(query: WhoCanQuery): Promise<Page<PrincipalAccess>> {
    const permission = requirePermission(query.permissionKey);
    const access = requireAccess(query.access);
    const first = requirePageSize(query.first);
    const chain = evaluationChain(await resolveScope(this.store, requireScopeRef(query.scope)), permission);
    return whoCan(this.store, { permission, access, chain, first, after: query.after });
  }

  /**
   * Scopes of the permission's level in the organization where the principal holds it at ≥
   * access, by id. A disabled principal has none; an unknown one is NotFoundError.
   */
  async accessibleScopes(query: AccessibleScopesQuery): Promise<Page<ScopeAccess>> {
    const permission = requirePermission(query.permissionKey);
    const access = requireAccess(query.access);
    const first = requirePageSize(query.first);
    await resolveScope(this.store, { level: 'ORGANIZATION', id: query.organizationId });
    const principal = (await this.store.principals([query.principalId])).get(query.principalId);
    if (!principal) throw NotFoundError.of('principal', query.principalId);
    if (principal.disabled) return { items: [], hasNextPage: false };
    return accessibleScopes(this.store, { ...query, permission, access, first });
  }

  async licenseUsage(organizationId: string): Promise<LicenseUsage> {
    await resolveScope(this.store, { level: 'ORGANIZATION', id: organizationId });
    return licenseUsage(this.store, organizationId);
  }

  /** The scope's chain, the principal, and its grants that count along the chain (none when it is disabled or unknown). */
  private async countingAt(principalId: string, scope: ScopeRef): Promise<{ chain: ScopeChain; principal: Principal | undefined; counting: PlacedGrant[] }> {
    const chain = await resolveScope(this.store, requireScopeRef(scope));
    const principal = (await this.store.principals([principalId])).get(principalId);
    const counting = principal && !principal.disabled ? countingGrants(await this.store.grantsAlongChain(principalId, chain)) : [];
    return { chain, principal, counting };
  }
}
