import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database made for one test suite or benchmark run: its ROLEGATE_DATABASE_URL, and how to delete it. */
export interface ScratchDatabase {
  readonly url: string;
  /** Deletes the database (its connections are ended first on PostgreSQL). */
  remove(): Promise<void>;
}

/** A temporary SQLite file `<name>.sqlite` (and its WAL files, on removal). */
export function createSqliteFile(name: string): ScratchDatabase {
  const path = join(tmpdir(), `${name}.sqlite`);
  return {
    url: `sqlite:${path}`,
    remove: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    },
  };
}

/** A new database `name` on the server of `adminUrl` (an administrative connection URL). */
export async function createPostgresDatabase(adminUrl: string, name: string): Promise<ScratchDatabase> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  // Checked just above: `name` is safe to quote as an identifier.
  await asAdmin(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    remove: () =>
      asAdmin(adminUrl, async (client) => {
        await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        await client.query(`drop database if exists "${name}"`);
      }),
  };
}

async function asAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${adminUrl}: ${(error as Error).message}`);
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
