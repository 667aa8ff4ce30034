import type { Database } from '../../src/persistence/orm.js';

/** Every table Rolegate writes, the revision counter included. */
const TABLES = ['organization', 'project', 'environment', 'principal', 'role_assignment', 'api_token', 'access_event', 'revision_counter'] as const;

/**
 * Written on every successful authentication (at most once a minute per token): a refused
 * request changes it legitimately, so "nothing written" ignores it.
 */
const BOOKKEEPING_COLUMNS = new Set(['last_used_at']);

export type Footprint = Record<(typeof TABLES)[number], string[]>;

/**
 * Everything the database holds, as sorted rows per table: two equal footprints mean nothing was
 * inserted, updated or deleted in between (a failed mutation left no trace, not even a revision).
 */
export async function footprintOf(db: Database): Promise<Footprint> {
  const em = db.fork();
  const knex = em.getKnex();
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const rows = await em.execute<Record<string, unknown>[]>(knex(table).select('*'));
      const serialised = rows.map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !BOOKKEEPING_COLUMNS.has(column))));
      return [table, serialised.sort()] as const;
    }),
  );
  return Object.fromEntries(entries) as Footprint;
}
