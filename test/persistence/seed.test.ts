import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortGrants } from '../../src/authz/counting-grants.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import { roleDefinition, type RoleKey } from '../../src/domain/role-tables.js';
import type { ScopeLevel, ScopeRef } from '../../src/domain/scope.js';
import { DatabaseGrantStore } from '../../src/persistence/database-grant-store.js';
import { SEEDED_TABLES } from '../../src/persistence/after-bulk-load.js';
import { generateSeedDataset, type SeedDataset } from '../../src/persistence/seed/seed-dataset.js';
import { parseSeedOptions, type SeedArguments, type SeedOptions } from '../../src/persistence/seed/seed-options.js';
import { seedOrganization, type SeedResult } from '../../src/services/seed-service.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { storedEvents } from '../support/event-log.js';
import { footprintOf } from '../support/footprint.js';

const SMALL: SeedOptions = { principals: 60, projects: 8, environments: 20, grants: 400, seed: 42, organizationName: 'Seeded' };

const grantKey = (g: { principalId: string; scope: ScopeRef; role: RoleKey }): string => `${g.principalId}|${g.scope.level}|${g.scope.id}|${g.role}`;

async function storedGrants(test: TestDatabase): Promise<string[]> {
  const em = test.db.fork();
  const rows = await em.execute<{ principal_id: string; scope_level: ScopeLevel; scope_id: string; role: RoleKey }[]>(
    em.getKnex()('role_assignment').select('principal_id', 'scope_level', 'scope_id', 'role'),
  );
  return rows.map((r) => grantKey({ principalId: r.principal_id, scope: { level: r.scope_level, id: r.scope_id }, role: r.role })).sort();
}

async function rowCount(test: TestDatabase, table: string): Promise<number> {
  const em = test.db.fork();
  const [row] = await em.execute<{ count: string | number }[]>(em.getKnex()(table).count({ count: '*' }));
  return Number(row!.count);
}

describe('the seeded dataset', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(generateSeedDataset(SMALL)).toEqual(generateSeedDataset(SMALL));
    const other = generateSeedDataset({ ...SMALL, seed: 43 });
    expect(other.organizationId).not.toBe(generateSeedDataset(SMALL).organizationId);
    expect(other.snapshot.grants.map(grantKey)).not.toEqual(generateSeedDataset(SMALL).snapshot.grants.map(grantKey));
  });

  it.each([
    ['a typical organization', SMALL],
    ['fewer grants than principals', { ...SMALL, grants: 25 }],
    ['every principal holding every scope', { ...SMALL, principals: 3, projects: 2, environments: 3, grants: 18 }],
  ])('holds exactly the counts asked for: %s', (_case, options) => {
    const { snapshot } = generateSeedDataset(options);
    expect(snapshot.organizations).toHaveLength(1);
    expect(snapshot.principals).toHaveLength(options.principals);
    expect(snapshot.projects).toHaveLength(options.projects);
    expect(snapshot.environments).toHaveLength(options.environments);
    expect(snapshot.grants).toHaveLength(options.grants);
    expect(new Set(snapshot.grants.map((g) => `${g.principalId}|${g.scope.id}`)).size).toBe(options.grants);
  });

  it('has five users as Org Admins whatever its size, the first of them the admin who gets a token', () => {
    for (const options of [SMALL, { ...SMALL, principals: 600, grants: 4_000 }]) {
      const { snapshot, adminId } = generateSeedDataset(options);
      const admins = snapshot.grants.filter((g) => g.role === 'ORG_ADMIN').map((g) => g.principalId);
      expect(admins).toEqual(snapshot.principals.slice(0, 5).map((p) => p.id));
      expect(snapshot.principals.slice(0, 5).every((p) => p.kind === 'USER')).toBe(true);
      expect(adminId).toBe(admins[0]);
    }
  });

  it('spreads environments evenly over projects, each ending with a PRODUCTION one', () => {
    const { snapshot } = generateSeedDataset(SMALL);
    const perProject = snapshot.projects.map((p) => snapshot.environments.filter((e) => e.projectId === p.id));
    expect(perProject.map((environments) => environments.length)).toEqual([3, 3, 3, 3, 2, 2, 2, 2]);
    expect(perProject.map((environments) => environments.at(-1)!.tier)).toEqual(Array(8).fill('PRODUCTION'));
  });
});

describe('rolegate seed options', () => {
  const flags = { principals: '10', projects: '2', environments: '4', grants: '30' } satisfies SeedArguments;

  it('reads the counts, with seed 1 and a name by default', () => {
    expect(parseSeedOptions(flags)).toEqual({ principals: 10, projects: 2, environments: 4, grants: 30, seed: 1, organizationName: 'Seeded organization 1' });
    expect(parseSeedOptions({ ...flags, seed: '7', 'organization-name': ' Demo ' })).toMatchObject({ seed: 7, organizationName: 'Demo' });
  });

  it.each([
    ['a missing count', { ...flags, grants: undefined }, /seed needs --grants/],
    ['a count that is not a whole number', { ...flags, projects: '2.5' }, /--projects must be a whole number/],
    ['no principal at all', { ...flags, principals: '0' }, /--principals must be a whole number from 1/],
    ['a negative seed', { ...flags, seed: '-1' }, /--seed must be a whole number/],
    ['environments without a project', { ...flags, projects: '0' }, /--environments needs at least one project/],
    ['more grants than the principals can hold', { ...flags, grants: '71' }, /--grants 71 is more than 10 principals can hold .* \(at most 70/],
    ['an empty organization name', { ...flags, 'organization-name': '  ' }, /--organization-name must be 1 to 200 characters/],
  ])('refuses %s, naming the option', (_case, args, message) => {
    expect(() => parseSeedOptions(args)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });
});

describe(`seeding a database (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  let dataset: SeedDataset;
  let result: SeedResult;

  beforeAll(async () => {
    test = await openTestDatabase();
    dataset = generateSeedDataset(SMALL);
    result = await seedOrganization(test.db.fork(), SMALL);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('writes the generated organization, row for row', async () => {
    expect(result).toMatchObject({ organizationId: dataset.organizationId, adminId: dataset.adminId });
    expect(result.counts).toEqual({ principals: 60, projects: 8, environments: 20, grants: 400, events: 400 + 8 + 20 + 2 });
    expect(await storedGrants(test)).toEqual(dataset.snapshot.grants.map(grantKey).sort());
    expect(await rowCount(test, 'principal')).toBe(60);
    expect(await rowCount(test, 'project')).toBe(8);
    expect(await rowCount(test, 'environment')).toBe(20);
  });

  it('records it as one change by the system, with the event the API would write for each fact', async () => {
    const events = await storedEvents(test.db);
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i));
    expect(new Set(events.map((e) => e.revision))).toEqual(new Set([result.revision]));
    expect(new Set(events.map((e) => e.changeId)).size).toBe(1);
    expect(events.every((e) => e.actorId === null)).toBe(true);
    const kinds = new Map<string, number>();
    for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      ORGANIZATION_CREATED: 1,
      PROJECT_CREATED: 8,
      ENVIRONMENT_CREATED: 20,
      MEMBER_ADDED: 60,
      ROLE_ASSIGNED: 340,
      TOKEN_CREATED: 1,
    });
    const em = test.db.fork();
    const assigned = await em.execute<{ principal_id: string; scope_level: ScopeLevel; scope_id: string; new_role: RoleKey }[]>(
      em.getKnex()('access_event').select('principal_id', 'scope_level', 'scope_id', 'new_role').whereIn('kind', ['MEMBER_ADDED', 'ROLE_ASSIGNED']),
    );
    const fromEvents = assigned.map((e) => grantKey({ principalId: e.principal_id, scope: { level: e.scope_level, id: e.scope_id }, role: e.new_role }));
    expect(fromEvents.sort()).toEqual(await storedGrants(test));
  });

  it('makes only grants the grant policy allows, and the engine counts every one of them', async () => {
    const store = new DatabaseGrantStore(test.db.fork());
    const principals = await store.principals(dataset.snapshot.principals.map((p) => p.id));
    for (const principal of principals.values()) {
      const grants = await store.grantsInOrganization(principal.id, dataset.organizationId);
      expect(sortGrants(grants).ignored, `orphaned grants of ${principal.displayName}`).toEqual([]);
      for (const grant of grants) {
        const role = roleDefinition(grant.role);
        expect(role.level).toBe(grant.scope.level);
        if (principal.kind === 'SERVICE_ACCOUNT') expect(role.allowedForServiceAccounts, `${principal.displayName} holds ${grant.role}`).toBe(true);
      }
    }
    expect([...principals.values()].some((p) => p.kind === 'SERVICE_ACCOUNT')).toBe(true);
  });

  it('answers permission questions as the engine does over the generated data', async () => {
    const database = new PermissionEngine(new DatabaseGrantStore(test.db.fork()));
    const memory = new PermissionEngine(new MemoryGrantStore(dataset.snapshot));
    const { principals, grants } = dataset.snapshot;
    const questions = grants.flatMap((grant, i) => [
      { principalId: grant.principalId, scope: grant.scope },
      { principalId: principals[(i * 7) % principals.length]!.id, scope: grant.scope },
    ]);
    for (const { principalId, scope } of questions) {
      expect(await database.effectivePermissions(principalId, scope)).toEqual(await memory.effectivePermissions(principalId, scope));
    }
    const admin = await database.effectivePermissions(dataset.adminId, { level: 'ORGANIZATION', id: dataset.organizationId });
    expect(admin.permissions.find((p) => p.key === 'org.settings.users')).toMatchObject({ access: 'WRITE', grants: [expect.objectContaining({ role: 'ORG_ADMIN' })] });
  });

  it.runIf(TEST_DIALECT === 'postgresql')('leaves every table it wrote vacuumed and analyzed on PostgreSQL, as after any bulk load', async () => {
    const knex = test.db.orm.em.getConnection().getKnex();
    type Row = { relname: string; last_analyze: Date | null; last_vacuum: Date | null };
    const { rows } = (await knex.raw('select relname, last_analyze, last_vacuum from pg_stat_user_tables')) as { rows: Row[] };
    const done = new Set(rows.filter((row) => row.last_analyze !== null && row.last_vacuum !== null).map((row) => row.relname));
    expect(SEEDED_TABLES.filter((table) => !done.has(table))).toEqual([]);
  });

  it('refuses to seed the same seed into the same database again, and writes nothing', async () => {
    const before = await footprintOf(test.db);
    await expect(seedOrganization(test.db.fork(), SMALL)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already holds the organization seeded with --seed 42/) });
    expect(await footprintOf(test.db)).toEqual(before);
  });

  it('adds another seed as a second organization, in the next revision', async () => {
    const second = await seedOrganization(test.db.fork(), { ...SMALL, seed: 43, grants: 100 });
    expect(second.revision).toBe(result.revision + 1);
    expect(await rowCount(test, 'role_assignment')).toBe(500);
  });
});
