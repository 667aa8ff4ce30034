import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

/** What a seed writes; the statistics of these tables are what its organization's reads are planned with. */
export const SEEDED_TABLES = ['organization', 'principal', 'project', 'environment', 'role_assignment', 'access_event', 'api_token'] as const;

/**
 * Brings PostgreSQL's planner statistics and visibility map up to date after a bulk write
 * (`VACUUM (ANALYZE)`), as its documentation advises after a bulk load. Autovacuum would, a
 * minute or more later. Until it analyzes, the planner takes a million-row table for an empty one
 * (the organization's member page of a 1,000,000-grant seed read every member after the cursor
 * and sorted them: 20 ms against 0.5); until it vacuums, index-only scans (the member pages'
 * covering index, the holders of a scope) still read the table for every row, and when it does,
 * it reads the new tables whole while the gateway serves. Runs outside any transaction, as VACUUM
 * must. SQLite keeps no statistics unless asked, and its plans are chosen for that (see the
 * entities' indexes), so it is left as it is.
 */
export async function refreshAfterBulkLoad(em: SqlEntityManager, tables: readonly string[]): Promise<void> {
  const knex: Knex = em.getKnex();
  if (knex.client.dialect !== 'postgresql') return;
  await em.execute(knex.raw(`vacuum (analyze) ${tables.map(() => '??').join(', ')}`, [...tables]), [], 'run');
}
