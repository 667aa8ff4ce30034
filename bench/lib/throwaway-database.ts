import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Dialect } from '../../src/persistence/orm-options.js';
import { createPostgresDatabase, createSqliteFile } from '../../test/support/scratch-database.js';

/**
 * The PostgreSQL server benchmarks create their databases on: an administrative URL (the
 * `postgres` database of a local server by default). Benchmarks need both dialects, so an
 * unreachable server fails them rather than being skipped.
 */
const POSTGRES_ADMIN_URL = process.env.ROLEGATE_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const BENCH_DIALECTS: readonly Dialect[] = ['sqlite', 'postgresql'];

export interface ThrowawayDatabase {
  readonly dialect: Dialect;
  /** A gateway configuration for this database, on a free port, logging errors only. */
  readonly config: Config;
  /** Deletes the database (close every connection to it first). */
  drop(): Promise<void>;
}

/** A new, empty database of the dialect: a temporary SQLite file, or `rolegate_bench_<random>` on the server. */
export async function createThrowawayDatabase(dialect: Dialect): Promise<ThrowawayDatabase> {
  const name = `rolegate_bench_${randomBytes(6).toString('hex')}`;
  const created = dialect === 'sqlite' ? createSqliteFile(name) : await createPostgresDatabase(POSTGRES_ADMIN_URL, name);
  const config = loadConfig({ ROLEGATE_DATABASE_URL: created.url, ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'error' });
  return { dialect, config, drop: created.remove };
}
