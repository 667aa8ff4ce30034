import 'reflect-metadata';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOrganization } from '../../src/services/bootstrap-service.js';
import { OrganizationMembersDocument, OrganizationsDocument, ViewerDocument } from '../generated/graphql.js';
import { uniqueEmail } from '../support/actors.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { eventLogOf, storedEvents } from '../support/event-log.js';
import { footprintOf } from '../support/footprint.js';
import { requestGraphQL, useTestGateway } from '../support/gateway.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = 'dist/src/main.js';

describe(`bootstrapping the first organization (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  it('creates the organization and its Org Admin, whose token works at once', async () => {
    const viewer = await t.ok(ViewerDocument, {}, t.founder.token);
    expect(viewer.viewer.principal).toMatchObject({ id: t.founder.adminId, kind: 'USER', displayName: 'Ada', email: 'ada@acme.test', disabled: false });
    const organizations = await t.ok(OrganizationsDocument, {}, t.founder.token);
    expect(organizations.organizations.edges.map((e) => e.node)).toEqual([{ id: t.founder.organizationId, name: 'Acme' }]);
    const members = await t.ok(OrganizationMembersDocument, { id: t.founder.organizationId }, t.founder.token);
    expect(members.organization.members.edges.map((e) => [e.node.principalId, e.node.role])).toEqual([[t.founder.adminId, 'ORG_ADMIN']]);
  });

  it('records one change by the system: the organization, its admin and the admin token', async () => {
    const log = await eventLogOf(t, t.founder.organizationId, t.founder.token);
    const bootstrap = log.filter((e) => e.revision === t.founder.revision);
    expect(bootstrap.map((e) => ({ kind: e.kind, principalId: e.principalId ?? null, newRole: e.newRole ?? null, actorId: e.actorId ?? null }))).toEqual([
      { kind: 'ORGANIZATION_CREATED', principalId: null, newRole: null, actorId: null },
      { kind: 'MEMBER_ADDED', principalId: t.founder.adminId, newRole: 'ORG_ADMIN', actorId: null },
    ]);
    const stored = (await storedEvents(t.database.db)).filter((e) => e.revision === t.founder.revision);
    expect(stored.map((e) => e.kind)).toEqual(['ORGANIZATION_CREATED', 'MEMBER_ADDED', 'TOKEN_CREATED']);
    expect(stored.at(-1)).toMatchObject({ organizationId: null, principalId: t.founder.adminId, actorId: null });
    expect(new Set(stored.map((e) => e.changeId)).size).toBe(1);
  });

  it('makes a second organization with another admin, unseen by the first', async () => {
    const second = await bootstrapOrganization(t.database.db.fork(), { organizationName: 'Globex', adminEmail: uniqueEmail('hank'), adminName: 'Hank' });
    expect(second.revision).toBeGreaterThan(t.founder.revision);
    const theirs = await t.ok(OrganizationsDocument, {}, second.token);
    expect(theirs.organizations.edges.map((e) => e.node.name)).toEqual(['Globex']);
    const ours = await t.ok(OrganizationsDocument, {}, t.founder.token);
    expect(ours.organizations.edges.map((e) => e.node.id)).not.toContain(second.organizationId);
  });

  it('refuses an email that already belongs to a user, in any letter case, and writes nothing', async () => {
    const before = await footprintOf(t.database.db);
    await expect(bootstrapOrganization(t.database.db.fork(), { organizationName: 'Again', adminEmail: 'ADA@acme.test', adminName: 'Ada' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await footprintOf(t.database.db)).toEqual(before);
  });

  it.each([
    ['an empty organization name', { organizationName: '  ', adminEmail: uniqueEmail('x'), adminName: 'X' }, /--org/],
    ['a malformed email', { organizationName: 'Org', adminEmail: 'not-an-email', adminName: 'X' }, /--admin-email/],
    ['an empty admin name', { organizationName: 'Org', adminEmail: uniqueEmail('x'), adminName: '' }, /--admin-name/],
    ['a name of more than 200 characters', { organizationName: 'O'.repeat(201), adminEmail: uniqueEmail('x'), adminName: 'X' }, /--org/],
  ])('refuses %s, naming the option, and writes nothing', async (_case, input, option) => {
    const before = await footprintOf(t.database.db);
    await expect(bootstrapOrganization(t.database.db.fork(), input)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(option) });
    expect(await footprintOf(t.database.db)).toEqual(before);
  });
});

describe(`the rolegate bootstrap command (${TEST_DIALECT})`, () => {
  let database: TestDatabase;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    database = await openTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    for (const child of started) await stop(child);
    await database?.close();
  });

  const rolegate = (args: string[]) => runCli(args, database.url);

  it('explains its options when one is missing, and exits with an error', async () => {
    const result = await rolegate(['bootstrap', '--org', 'Initech']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bootstrap needs --org, --admin-email and --admin-name.');
    expect(result.stderr).toContain('Usage: rolegate');
    expect(result.stdout).toBe('');
  });

  it('migrates an empty database, creates the organization and prints a token that works against the gateway', async () => {
    const result = await rolegate(['bootstrap', '--org', 'Initech', '--admin-email', 'Peter@Initech.test', '--admin-name', 'Peter']);
    expect(result.code, result.stderr).toBe(0);
    const printed = /^organization (\S+)\nadmin +(\S+)\ntoken +(rgp_\S+)\n$/.exec(result.stdout);
    expect(printed, result.stdout).not.toBeNull();
    const [, organizationId, adminId, token] = printed!;
    expect(result.stderr).toMatch(/shown once/);

    const gateway = await serve(database.url, started);
    const viewer = await requestGraphQL(gateway, ViewerDocument, {}, token!);
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer.principal).toMatchObject({ id: adminId, email: 'peter@initech.test', displayName: 'Peter' });
    const organizations = await requestGraphQL(gateway, OrganizationsDocument, {}, token!);
    expect(organizations.data?.organizations.edges.map((e) => e.node)).toEqual([{ id: organizationId, name: 'Initech' }]);
  });

  it('refuses to bootstrap the same admin twice, with a message and no stack trace', async () => {
    const result = await rolegate(['bootstrap', '--org', 'Initech 2', '--admin-email', 'peter@initech.test', '--admin-name', 'Peter']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('rolegate: A user with email peter@initech.test already exists.');
    expect(result.stdout).toBe('');
  });

  it('refuses a malformed email, naming the option', async () => {
    const result = await rolegate(['bootstrap', '--org', 'Initech', '--admin-email', 'peter', '--admin-name', 'Peter']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('rolegate: --admin-email is not an email address.');
  });
});

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cliEnvironment(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ROLEGATE_DATABASE_URL: databaseUrl, ROLEGATE_LOG_LEVEL: 'error', ...extra };
}

async function runCli(args: string[], databaseUrl: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, env: cliEnvironment(databaseUrl) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Starts `rolegate serve` on a free port and returns its GraphQL URL, read from its start-up log line. */
async function serve(databaseUrl: string, started: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env: cliEnvironment(databaseUrl, { ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'info' }) });
  started.push(child);
  const lines = createInterface({ input: child.stderr! });
  for await (const line of lines) {
    const entry = JSON.parse(line) as { message: string; url?: string };
    if (entry.message === 'rolegate is listening') return entry.url!;
  }
  throw new Error(`rolegate serve exited with ${child.exitCode} before listening`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
