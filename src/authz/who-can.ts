import type { Access, PermissionDefinition } from '../domain/role-tables.js';
import { accessSatisfies } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { countingGrants } from './counting-grants.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { GrantProvenance } from './effective-permissions.js';
import { provenanceOf, strongestOf } from './effective-permissions.js';
import type { GrantStore } from './grant-store.js';
import type { Page } from './page.js';
import { rolesGrantingAtLeast } from './catalog-index.js';

export interface WhoCanQuery {
  readonly permissionKey: string;
  readonly access: Access;
  readonly scope: ScopeRef;
  readonly first: number;
  readonly after?: string;
}

/** A principal holding a permission: the same access and provenance its effective permissions list. */
export interface PrincipalAccess {
  readonly principalId: string;
  /** The strongest access it holds (at least the access asked). */
  readonly access: Access;
  /** Every grant that gives it the permission, at any access, outermost first. */
  readonly grants: GrantProvenance[];
}

export interface WhoCanInput {
  readonly permission: PermissionDefinition;
  readonly access: Access;
  /** The chain the permission is evaluated on (already cut to the permission's level). */
  readonly chain: ScopeChain;
  readonly first: number;
  readonly after?: string;
}

/**
 * Principals holding the permission, by id. The store finds holders of the granting roles; the
 * engine then drops disabled principals and orphaned grants, so it keeps reading store pages
 * until it has one item beyond the page: that item is what makes `hasNextPage` exact.
 */
export async function whoCan(store: GrantStore, input: WhoCanInput): Promise<Page<PrincipalAccess>> {
  const roles = rolesGrantingAtLeast(input.permission, input.access);
  const items: PrincipalAccess[] = [];
  let afterPrincipalId = input.after === undefined ? undefined : decodeCursor('principal', input.after);
  let storeHasMore = roles.length > 0;
  while (storeHasMore && items.length <= input.first) {
    const page = await store.holders({ roles, chain: input.chain, afterPrincipalId, limit: input.first + 1 });
    const principals = await store.principals(page.holders.map((h) => h.principalId));
    for (const holder of page.holders) {
      if (principals.get(holder.principalId)?.disabled !== false) continue;
      const item = accessOf(holder.principalId, holder.grants, input);
      if (item) items.push(item);
    }
    storeHasMore = page.hasMore;
    afterPrincipalId = page.holders.at(-1)?.principalId ?? afterPrincipalId;
  }
  const pageItems = items.slice(0, input.first);
  const last = pageItems.at(-1);
  return { items: pageItems, hasNextPage: items.length > input.first, ...(last && { endCursor: encodeCursor('principal', last.principalId) }) };
}

function accessOf(principalId: string, grants: Parameters<typeof countingGrants>[0], input: WhoCanInput): PrincipalAccess | undefined {
  const provenance = provenanceOf(countingGrants(grants), input.permission);
  const access = strongestOf(provenance);
  if (!access || !accessSatisfies(access, input.access)) return undefined;
  return { principalId, access, grants: provenance };
}
