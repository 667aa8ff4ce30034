import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { chunks } from '../chunks.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

/** A child table listed per parent: which column names the parent and which orders the pages. */
export interface ChildListing<T> {
  readonly table: string;
  readonly parentColumn: string;
  /** The keyset column: pages are ordered by it, and `PageRequest.after` is one of its values. */
  readonly keyColumn: string;
  /** Further equality conditions on the rows (column → value). */
  readonly where?: Readonly<Record<string, string>>;
  /** Reads the rows whose ids the subquery selects, ordered by parent, then key. */
  readonly read: (em: SqlEntityManager, ids: Knex.QueryBuilder) => Promise<T[]>;
  readonly parentOf: (row: T) => string;
}

/** `ChildListing.read` for entities: those with the ids, in the ORM's `orderBy` (parent, then key). */
export function entitiesWithIds<T extends object>(entity: EntityName<T>, orderBy: QueryOrderMap<T>): ChildListing<T>['read'] {
  // MikroORM takes a knex query as the value of $in and inlines it as a subquery.
  return (em, ids) => em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>, { orderBy });
}

/**
 * The same page of the children of many parents, in one statement per `MAX_IDS_PER_STATEMENT`
 * parents: a window function numbers each parent's rows after `page.after` in key order, and the
 * first `limit + 1` of each are loaded. Every parent asked about has a page, empty when it has
 * no children. The batch function behind a request's nested connections.
 */
export async function pagesByParent<T>(
  em: SqlEntityManager,
  listing: ChildListing<T>,
  parentIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, Page<T>>> {
  const limit = fetchLimit(page);
  const rowsOf = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const parents of chunks([...rowsOf.keys()])) {
    const numbered = em
      .getKnex()(listing.table)
      .select('id')
      .rowNumber('position', listing.keyColumn, listing.parentColumn)
      .whereIn(listing.parentColumn, parents)
      .where(listing.where ?? {});
    if (page.after !== undefined) numbered.where(listing.keyColumn, '>', page.after);
    const firstOfEach = em.getKnex().from(numbered.as('numbered')).select('id').where('position', '<=', limit);
    for (const row of await listing.read(em, firstOfEach)) rowsOf.get(listing.parentOf(row))!.push(row);
  }
  return new Map([...rowsOf].map(([parentId, rows]) => [parentId, toPage(rows, page)]));
}
