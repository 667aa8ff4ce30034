import type { RoleKey } from '../domain/role-tables.js';
import type { ScopeRef } from '../domain/scope.js';
import { outermostFirst } from './counting-grants.js';
import type { PlacedGrant } from './grant-store.js';

export type GrantChangeKind = 'ASSIGN' | 'CHANGE' | 'REVOKE';

/** One change to one principal's role at one scope. */
export interface GrantChange {
  readonly kind: GrantChangeKind;
  readonly principalId: string;
  readonly scope: ScopeRef;
  /** The role held before (CHANGE, REVOKE). */
  readonly oldRole?: RoleKey;
  /** The role held after (ASSIGN, CHANGE). */
  readonly newRole?: RoleKey;
  /** Whether the change only follows from another one (a removal of what depended on a membership). */
  readonly cascade: boolean;
}

/** What an authorised request changes, in order: the requested change first, then its cascade. */
export interface GrantPlan {
  readonly changes: readonly GrantChange[];
}

export function assignment(principalId: string, scope: ScopeRef, newRole: RoleKey, oldRole: RoleKey | undefined): GrantChange {
  return oldRole
    ? { kind: 'CHANGE', principalId, scope, oldRole, newRole, cascade: false }
    : { kind: 'ASSIGN', principalId, scope, newRole, cascade: false };
}

/**
 * Revoking a role removes what depends on it: an organization role takes every project and
 * environment role in the organization with it, a project role the environment roles in that
 * project. Every stored grant is removed, orphans included, so none is left behind for a later
 * membership to revive. Cascaded removals come project roles first, then by scope id.
 */
export function revocation(grant: PlacedGrant, heldInOrganization: readonly PlacedGrant[]): GrantPlan {
  const dependents = heldInOrganization.filter((g) => dependsOn(g, grant)).sort(outermostFirst);
  return { changes: [removal(grant, false), ...dependents.map((g) => removal(g, true))] };
}

function dependsOn(candidate: PlacedGrant, grant: PlacedGrant): boolean {
  switch (grant.scope.level) {
    case 'ORGANIZATION':
      return candidate.scope.level !== 'ORGANIZATION';
    case 'PROJECT':
      return candidate.scope.level === 'ENVIRONMENT' && candidate.chain.projectId === grant.scope.id;
    case 'ENVIRONMENT':
      return false;
  }
}

function removal(grant: PlacedGrant, cascade: boolean): GrantChange {
  return { kind: 'REVOKE', principalId: grant.principalId, scope: grant.scope, oldRole: grant.role, cascade };
}
