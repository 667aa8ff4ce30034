import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Gateway } from '../../src/app.js';
import { createLogger } from '../../src/server/logger.js';
import { EffectivePermissionsDocument, OrganizationsDocument, ViewerDocument } from '../generated/graphql.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
import { requestGraphQL } from '../support/gateway.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `rolegate` from its TypeScript sources (the benchmarks' loader), so no build is needed. */
async function rolegate(args: string[], databaseUrl: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', './bench/register.js', 'src/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ROLEGATE_DATABASE_URL: databaseUrl, ROLEGATE_LOG_LEVEL: 'error' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const SEED = ['seed', '--principals', '40', '--projects', '5', '--environments', '12', '--grants', '300', '--seed', '9', '--organization-name', 'Demo'];

describe(`the rolegate seed command (${TEST_DIALECT})`, () => {
  let database: TestDatabase;
  let gateway: Gateway | undefined;

  beforeAll(async () => {
    database = await openTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await gateway?.close();
    await database?.close();
  });

  it('migrates an empty database, seeds it and prints a token of the Org Admin that works against the gateway', async () => {
    const result = await rolegate(SEED, database.url);
    expect(result.code, result.stderr).toBe(0);
    const printed = /^organization (\S+)\nadmin +(\S+)\ntoken +(rgp_\S+)\nrevision +1\n$/.exec(result.stdout);
    expect(printed, result.stdout).not.toBeNull();
    const [, organizationId, adminId, token] = printed!;
    expect(result.stderr).toMatch(/^Seeded 40 principals, 5 projects, 12 environments, 300 grants and 319 events in [\d.]+ s\.\n/);

    gateway = await bootstrap(database.config, { logger: createLogger('error') });
    const viewer = await requestGraphQL(gateway.url, ViewerDocument, {}, token!);
    expect(viewer.data?.viewer.principal).toMatchObject({ id: adminId, kind: 'USER', displayName: 'Seed Admin' });
    const organizations = await requestGraphQL(gateway.url, OrganizationsDocument, {}, token!);
    expect(organizations.data?.organizations.edges.map((e) => e.node)).toEqual([{ id: organizationId, name: 'Demo' }]);
    const access = await requestGraphQL(gateway.url, EffectivePermissionsDocument, { principalId: adminId!, scope: { level: 'ORGANIZATION', id: organizationId! } }, token!);
    expect(access.data?.effectivePermissions.permissions.find((p) => p.key === 'org.settings.users')).toMatchObject({ access: 'WRITE' });
  });

  it('refuses to seed the same seed twice, with a message and nothing written', async () => {
    const before = await footprintOf(database.db);
    const result = await rolegate(SEED, database.url);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('rolegate: This database already holds the organization seeded with --seed 9 ("Demo"): seed an empty database or choose another --seed.');
    expect(result.stdout).toBe('');
    expect(await footprintOf(database.db)).toEqual(before);
  });

  it('refuses an unknown option with the usage, not a stack trace', async () => {
    const result = await rolegate(['seed', '--principles', '40'], database.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^rolegate: Unknown option '--principles'/);
    expect(result.stderr).toContain('Usage: rolegate <command> [options]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad count before touching the database, naming the option', async () => {
    const result = await rolegate(['seed', '--principals', '2', '--projects', '1', '--environments', '1', '--grants', '7'], database.url);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^rolegate: --grants 7 is more than 2 principals can hold in 1 projects and 1 environments \(at most 6/);
  });
});
