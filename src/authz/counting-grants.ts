import { levelDepth } from '../domain/scope.js';
import type { PlacedGrant } from './grant-store.js';

/**
 * Deny by default at read time: the engine does not trust the store to have cascaded removals.
 * A project role counts only beside an organization role in its organization, an environment role
 * only beside a project role in its project; anything else is an orphan and grants nothing.
 */
export interface SortedGrants {
  /** The grants that count, outermost scope first (the order provenance is listed in). */
  readonly counting: PlacedGrant[];
  /** Orphans: held, but ignored for lack of the membership they depend on. */
  readonly ignored: PlacedGrant[];
}

/** Sorts one principal's grants within ONE organization (any subset of them, e.g. along a chain). */
export function sortGrants(grants: readonly PlacedGrant[]): SortedGrants {
  const member = grants.some((g) => g.scope.level === 'ORGANIZATION');
  const projectsHeld = new Set<string>();
  for (const g of grants) if (g.scope.level === 'PROJECT') projectsHeld.add(g.scope.id);
  const counting: PlacedGrant[] = [];
  const ignored: PlacedGrant[] = [];
  for (const g of grants) {
    const counts = member && (g.scope.level !== 'ENVIRONMENT' || projectsHeld.has(g.chain.projectId!));
    (counts ? counting : ignored).push(g);
  }
  counting.sort(outermostFirst);
  return { counting, ignored };
}

export function countingGrants(grants: readonly PlacedGrant[]): PlacedGrant[] {
  return sortGrants(grants).counting;
}

export function outermostFirst(a: PlacedGrant, b: PlacedGrant): number {
  const byDepth = levelDepth(a.scope.level) - levelDepth(b.scope.level);
  if (byDepth !== 0) return byDepth;
  return a.scope.id < b.scope.id ? -1 : a.scope.id > b.scope.id ? 1 : 0;
}
