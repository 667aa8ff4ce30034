import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Dialect } from '../../src/persistence/orm-options.js';

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
  const created = dialect === 'sqlite' ? sqliteFile(name) : await postgresDatabase(name);
  const config = loadConfig({ ROLEGATE_DATABASE_URL: created.url, ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'error' });
  return { dialect, config, drop: created.drop };
}

interface Created {
  readonly url: string;
  drop(): Promise<void>;
}

function sqliteFile(name: string): Created {
  const path = join(tmpdir(), `${name}.sqlite`);
  return {
    url: `sqlite:${path}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    },
  };
}

async function asAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${POSTGRES_ADMIN_URL} (set ROLEGATE_BENCH_POSTGRES_URL): ${(error as Error).message}`);
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function postgresDatabase(name: string): Promise<Created> {
  // `name` is built above from hex digits only, so quoting it as an identifier is safe.
  await asAdmin((client) => client.query(`create database "${name}"`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      asAdmin(async (client) => {
        await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        await client.query(`drop database if exists "${name}"`);
      }),
  };
}
