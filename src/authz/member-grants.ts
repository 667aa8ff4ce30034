import { levelDepth, scopesOfChain, type ScopeChain } from '../domain/scope.js';
import type { PlacedGrant } from './grant-store.js';

/*
 * A principal's grants in one organization, as the stores that read them whole (the grant cache,
 * a request's batches) hold them: ordered by scope id, and answering any chain of the organization.
 */

/** The grants held at the chain's scopes, outermost first. */
export function alongChain(grants: readonly PlacedGrant[], chain: ScopeChain): PlacedGrant[] {
  const along: PlacedGrant[] = [];
  for (const scope of scopesOfChain(chain)) {
    const grant = grants.find((g) => g.scope.id === scope.id && g.scope.level === scope.level);
    if (grant) along.push(grant);
  }
  return along;
}

/** Outermost scope first, then by scope id: the order of `GrantStore.grantsInOrganization`. */
export function byScope(a: PlacedGrant, b: PlacedGrant): number {
  return levelDepth(a.scope.level) - levelDepth(b.scope.level) || compareIds(a.scope.id, b.scope.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
