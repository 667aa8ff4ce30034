import type { Migrator } from '@mikro-orm/migrations';
import { migrationsFor } from './migration-lists.js';
import type { Database } from './orm.js';
import { SchemaVersionError } from './schema-version-error.js';

/** Arbitrary constant: the PostgreSQL advisory lock that lets one process migrate at a time. */
const MIGRATION_LOCK = 4_207_311_801;

function migrator(db: Database): Migrator {
  return db.orm.getMigrator() as Migrator;
}

/**
 * Refuses a database that has executed migrations this build does not know: an older Rolegate
 * would misread a newer schema. Unapplied known migrations are fine (`migrateToLatest` applies them).
 */
export async function assertSchemaNotNewer(db: Database): Promise<void> {
  const known = migrationsFor(db.dialect).map((m) => m.name);
  const executed = await migrator(db).getExecutedMigrations();
  const unknown = executed.filter((row) => !known.includes(row.name)).map((row) => row.name);
  if (unknown.length > 0) throw new SchemaVersionError(unknown, known[known.length - 1]);
}

/**
 * Applies every pending migration, all in one transaction (all or nothing), and returns their
 * names. On PostgreSQL an advisory lock, held by that transaction, makes concurrent starts wait
 * rather than race. SQLite needs no lock (its write lock serialises), and must not take one: the
 * migrator checks its bookkeeping table outside the transaction, which on SQLite's single
 * connection would wait for the transaction forever.
 */
export async function migrateToLatest(db: Database): Promise<string[]> {
  await assertSchemaNotNewer(db);
  if (db.dialect === 'sqlite') return (await migrator(db).up()).map((m) => m.name);

  const connection = db.orm.em.getConnection();
  const applied = await connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK], 'all', trx);
    return migrator(db).up({ transaction: trx });
  });
  return applied.map((m) => m.name);
}

/** Names of the migrations this database has executed, in order. */
export async function executedMigrations(db: Database): Promise<string[]> {
  return (await migrator(db).getExecutedMigrations()).map((row) => row.name);
}
