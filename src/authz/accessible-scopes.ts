import type { Access, PermissionDefinition } from '../domain/role-tables.js';
import { accessSatisfies } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { scopeKey, scopeOfChain, scopesOfChain } from '../domain/scope.js';
import { countingGrants } from './counting-grants.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { GrantProvenance } from './effective-permissions.js';
import { provenanceOf, strongestOf } from './effective-permissions.js';
import type { GrantStore, PlacedGrant } from './grant-store.js';
import type { Page } from './page.js';

export interface AccessibleScopesQuery {
  readonly principalId: string;
  readonly permissionKey: string;
  readonly access: Access;
  readonly organizationId: string;
  readonly first: number;
  readonly after?: string;
}

/** A scope where the principal holds the permission, with the same provenance effective permissions list. */
export interface ScopeAccess {
  readonly scope: ScopeRef;
  /** The scope's enclosing scopes, so callers can show where it lives. */
  readonly chain: ScopeChain;
  readonly access: Access;
  /** Every grant that gives the permission at this scope, at any access, outermost first. */
  readonly grants: GrantProvenance[];
}

export interface AccessibleScopesInput {
  readonly principalId: string;
  readonly permission: PermissionDefinition;
  readonly access: Access;
  readonly organizationId: string;
  readonly first: number;
  readonly after?: string;
}

/**
 * Scopes of the permission's level inside the organization where the principal holds it. Each
 * grant that gives enough access covers every scope of that level inside where it is held, so
 * those grants' scopes are the parents the store lists from: every scope listed qualifies, and
 * the store's own `hasMore` is exact.
 */
export async function accessibleScopes(store: GrantStore, input: AccessibleScopesInput): Promise<Page<ScopeAccess>> {
  const afterId = input.after === undefined ? undefined : decodeCursor('scope', input.after);
  const grants = countingGrants(await store.grantsInOrganization(input.principalId, input.organizationId));
  const giving = grants.filter((g) => input.permission.grants[g.role] !== undefined);
  const parents = giving.filter((g) => accessSatisfies(input.permission.grants[g.role]!, input.access)).map((g) => g.scope);
  if (parents.length === 0) return { items: [], hasNextPage: false };
  const page = await store.scopesUnder({ parents, level: input.permission.level, afterId, limit: input.first });
  const items = page.scopes.map((chain) => accessAt(chain, giving, input.permission));
  const last = items.at(-1);
  return { items, hasNextPage: page.hasMore, ...(last && { endCursor: encodeCursor('scope', last.scope.id) }) };
}

function accessAt(chain: ScopeChain, giving: readonly PlacedGrant[], permission: PermissionDefinition): ScopeAccess {
  const enclosing = new Set(scopesOfChain(chain).map(scopeKey));
  const grants = provenanceOf(giving.filter((g) => enclosing.has(scopeKey(g.scope))), permission);
  return { scope: scopeOfChain(chain), chain, access: strongestOf(grants)!, grants };
}
