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
 * Parents per statement: each is one arm of a UNION ALL, and SQLite allows 500 arms (its
 * SQLITE_MAX_COMPOUND_SELECT) in one compound select.
 */
const PARENTS_PER_STATEMENT = 100;

/**
 * The same page of the children of many parents, in one statement per `PARENTS_PER_STATEMENT`
 * parents: each parent's page is its own `order by <key> limit` subquery, which an index on
 * (parent, key) answers by seeking to the cursor and stopping after the page, and the pages are
 * joined with UNION ALL. (A window function numbering each parent's rows read every child of
 * every parent asked about: 15 ms for the first page of an organization of 10,000 members.)
 * Every parent asked about has a page, empty when it has no children. The batch function behind
 * a request's nested connections.
 */
export async function pagesByParent<T>(
  em: SqlEntityManager,
  listing: ChildListing<T>,
  parentIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, Page<T>>> {
  const limit = fetchLimit(page);
  const knex = em.getKnex();
  const rowsOf = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const parents of chunks([...rowsOf.keys()], PARENTS_PER_STATEMENT)) {
    const pages = parents.map((parentId, i) => {
      const children = knex(listing.table)
        .select('id')
        .where(listing.parentColumn, parentId)
        .where(listing.where ?? {})
        .orderBy(listing.keyColumn)
        .limit(limit);
      if (page.after !== undefined) children.where(listing.keyColumn, '>', page.after);
      // SQLite takes a LIMIT in a compound select's arm only inside a subquery.
      return knex.from(children.as(`page_${i}`)).select('id');
    });
    const [first, ...rest] = pages;
    const ids = rest.length === 0 ? first! : first!.unionAll(rest);
    for (const row of await listing.read(em, ids)) rowsOf.get(listing.parentOf(row))!.push(row);
  }
  return new Map([...rowsOf].map(([parentId, rows]) => [parentId, toPage(rows, page)]));
}
