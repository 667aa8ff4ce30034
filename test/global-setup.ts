import { execFileSync } from 'node:child_process';
import pg from 'pg';

/**
 * Database-backed suites run on SQLite unless ROLEGATE_TEST_POSTGRES_URL names a PostgreSQL
 * server (an administrative database such as `postgres`); each suite then creates and drops its
 * own database there. With the URL set, an unreachable server fails the run instead of skipping.
 */
export default async function globalSetup(): Promise<void> {
  buildCommandLine();
  const url = process.env.ROLEGATE_TEST_POSTGRES_URL;
  if (!url) {
    console.log('\n[rolegate] Database suites ran on SQLite only: PostgreSQL suites were NOT run.');
    console.log('[rolegate] Set ROLEGATE_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres to run them.\n');
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`ROLEGATE_TEST_POSTGRES_URL is set but PostgreSQL is unreachable at ${url}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  console.log(`\n[rolegate] Database suites run on PostgreSQL (${url}).\n`);
}

/** Suites that run the `rolegate` command (dist/) get one build of the current sources, made before any of them starts. */
function buildCommandLine(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: new URL('..', import.meta.url), stdio: 'inherit' });
}
