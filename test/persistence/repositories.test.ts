import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import { runAccessChange } from '../../src/persistence/access-change.js';
import type { Environment } from '../../src/persistence/entities/environment.entity.js';
import type { Project } from '../../src/persistence/entities/project.entity.js';
import { AccessEventRepository, type EventPosition } from '../../src/persistence/repositories/access-event.repository.js';
import { ApiTokenRepository } from '../../src/persistence/repositories/api-token.repository.js';
import { EnvironmentRepository } from '../../src/persistence/repositories/environment.repository.js';
import { OrganizationRepository } from '../../src/persistence/repositories/organization.repository.js';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { ProjectRepository } from '../../src/persistence/repositories/project.repository.js';
import { RoleAssignmentRepository } from '../../src/persistence/repositories/role-assignment.repository.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { seedTree } from './fixtures.js';

/** Every item of a keyset-paginated list, page by page, checking each page's size. */
async function pageThrough<T, C>(
  fetch: (after: C | undefined) => Promise<{ items: T[]; hasMore: boolean }>,
  cursor: (item: T) => C,
  limit: number,
): Promise<T[]> {
  const all: T[] = [];
  let after: C | undefined;
  for (;;) {
    const page = await fetch(after);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    if (!page.hasMore) return all;
    expect(page.items).toHaveLength(limit);
    after = cursor(page.items.at(-1)!);
  }
}

function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe(`repositories and constraints (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await openTestDatabase();
  });
  afterEach(() => test.close());

  it('store user emails lower-cased and refuse one that differs only in case', async () => {
    const principals = new PrincipalRepository(test.db.fork());
    const ada = await principals.create({ kind: 'USER', displayName: 'Ada', email: '  Ada@Example.COM ' });
    expect(ada.email).toBe('ada@example.com');
    await expect(new PrincipalRepository(test.db.fork()).create({ kind: 'USER', displayName: 'Other', email: 'ADA@example.com' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await new PrincipalRepository(test.db.fork()).byEmail('ADA@EXAMPLE.com'))?.id).toBe(ada.id);
  });

  it('refuse an email that is not lower-case even when written around the repository', async () => {
    const em = test.db.fork();
    const insert = em.getKnex()('principal').insert({ id: newId(), kind: 'USER', display_name: 'X', email: 'X@example.com', disabled: false, created_at: new Date() });
    await expect(em.execute(insert)).rejects.toThrow(/principal_email_lower_case_check|CHECK constraint/i);
  });

  it('let service accounts (no email) coexist, each owned by an organization', async () => {
    const { organizationId } = await seedTree(test.db);
    const principals = new PrincipalRepository(test.db.fork());
    const a = await principals.create({ kind: 'SERVICE_ACCOUNT', displayName: 'ci', organizationId, description: 'CI' });
    const b = await principals.create({ kind: 'SERVICE_ACCOUNT', displayName: 'cd', organizationId, description: null });
    expect((await principals.byIds([a.id, b.id])).map((p) => p.organization?.id)).toEqual([organizationId, organizationId]);
  });

  it('read principals as plain profiles equal to what the entities hold, absent ids left out', async () => {
    const { organizationId } = await seedTree(test.db);
    const principals = new PrincipalRepository(test.db.fork());
    const user = await principals.create({ kind: 'USER', displayName: 'Grace', email: `grace-${newId()}@example.com` });
    const account = await principals.create({ kind: 'SERVICE_ACCOUNT', displayName: 'deployer', organizationId, description: null });
    await principals.setDisabled(account, true);
    const entities = await new PrincipalRepository(test.db.fork()).byIds([user.id, account.id]);
    const profiles = await new PrincipalRepository(test.db.fork()).profilesByIds([user.id, account.id, newId()]);
    const profileOf = (p: { id: string; kind: string; displayName: string; email: string | null; disabled: boolean; createdAt: Date }) => ({
      id: p.id,
      kind: p.kind,
      displayName: p.displayName,
      email: p.email,
      disabled: p.disabled,
      createdAt: p.createdAt.toISOString(),
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(profiles.map(profileOf).sort(byId)).toEqual(entities.map(profileOf).sort(byId));
    expect(profiles.find((p) => p.id === account.id)).toMatchObject({ kind: 'SERVICE_ACCOUNT', email: null, disabled: true });
  });

  it('allow one role per principal per scope', async () => {
    const { organizationId, projectId, userId } = await seedTree(test.db);
    const chain = { organizationId, projectId };
    await new RoleAssignmentRepository(test.db.fork()).create({ principalId: userId, chain, role: 'PROJECT_ADMIN', createdById: null });
    const second = new RoleAssignmentRepository(test.db.fork()).create({ principalId: userId, chain, role: 'PROJECT_MEMBER', createdById: null });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow('already holds a role at this scope');
    // Other scopes of the same chain are separate.
    await new RoleAssignmentRepository(test.db.fork()).create({ principalId: userId, chain: { organizationId }, role: 'ORG_MEMBER', createdById: null });
  });

  it('page the members of a scope by principal id, and change and remove roles', async () => {
    const { organizationId } = await seedTree(test.db);
    const em = test.db.fork();
    const principals = new PrincipalRepository(em);
    const roles = new RoleAssignmentRepository(em);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await principals.create({ kind: 'USER', displayName: `u${i}`, email: `u${i}@example.com` });
      await roles.create({ principalId: p.id, chain: { organizationId }, role: i === 0 ? 'ORG_ADMIN' : 'ORG_MEMBER', createdById: null });
      ids.push(p.id);
    }
    const scope = { level: 'ORGANIZATION', id: organizationId } as const;
    const members = await pageThrough(
      async (after: string | undefined) => (await new RoleAssignmentRepository(test.db.fork()).atScopes(scope.level, [scope.id], { after, limit: 3 })).get(scope.id)!,
      (m) => m.principalId,
      3,
    );
    expect(members.map((m) => m.principalId)).toEqual([...ids].sort());

    const first = (await roles.forPrincipalAt(ids[1]!, scope))!;
    await roles.changeRole(first, 'ORG_CONTRIBUTOR');
    expect((await new RoleAssignmentRepository(test.db.fork()).forPrincipalAt(ids[1]!, scope))?.role).toBe('ORG_CONTRIBUTOR');
    await roles.remove(first);
    expect(await new RoleAssignmentRepository(test.db.fork()).forPrincipalAt(ids[1]!, scope)).toBeNull();
  });

  it('page projects, environments, organizations of a principal and a principal’s assignments', async () => {
    const { organizationId, userId } = await seedTree(test.db);
    const em = test.db.fork();
    const projectIds: string[] = [];
    for (let i = 0; i < 5; i++) projectIds.push((await new ProjectRepository(em).create({ organizationId, name: `p${i}`, createdById: null })).id);
    const projects = await pageThrough(
      async (after: string | undefined) => (await new ProjectRepository(test.db.fork()).byOrganizations([organizationId], { after, limit: 2 })).get(organizationId)!,
      (p) => p.id,
      2,
    );
    expect(projects).toHaveLength(6);
    expect(projects.map((p) => p.id)).toEqual(projects.map((p) => p.id).sort());
    const projectFields = (p: Project) => ({ id: p.id, name: p.name, organizationId: p.organization.id, createdAt: p.createdAt });
    const projectsById = await new ProjectRepository(test.db.fork()).byIds(projects.map((p) => p.id));
    expect(projects.map(projectFields)).toEqual(sortedById(projectsById).map(projectFields));
    expect(projects[0]!.createdAt).toBeInstanceOf(Date);
    expect((await new ProjectRepository(test.db.fork()).byIds([...projectIds, newId()])).map((p) => p.id).sort()).toEqual([...projectIds].sort());

    const environments = new EnvironmentRepository(em);
    for (const tier of ['DEVELOPMENT', 'QA', 'UAT'] as const) await environments.create({ projectId: projectIds[0]!, name: tier, tier });
    const envs = await pageThrough(
      async (after: string | undefined) => (await new EnvironmentRepository(test.db.fork()).byProjects([projectIds[0]!], { after, limit: 2 })).get(projectIds[0]!)!,
      (e) => e.id,
      2,
    );
    expect(envs.map((e) => e.tier).sort()).toEqual(['DEVELOPMENT', 'QA', 'UAT']);
    const environmentFields = (e: Environment) => ({ id: e.id, name: e.name, tier: e.tier, projectId: e.project.id, createdAt: e.createdAt });
    const environmentsById = await new EnvironmentRepository(test.db.fork()).byIds(envs.map((e) => e.id));
    expect(envs.map(environmentFields)).toEqual(sortedById(environmentsById).map(environmentFields));

    const organizations = new OrganizationRepository(em);
    const roles = new RoleAssignmentRepository(em);
    const memberOf = [organizationId];
    for (let i = 0; i < 3; i++) {
      const o = await organizations.create({ name: `o${i}` });
      await roles.create({ principalId: userId, chain: { organizationId: o.id }, role: 'ORG_MEMBER', createdById: null });
      memberOf.push(o.id);
    }
    await organizations.create({ name: 'not a member' });
    await roles.create({ principalId: userId, chain: { organizationId }, role: 'ORG_ADMIN', createdById: null });
    await roles.create({ principalId: userId, chain: { organizationId, projectId: projectIds[0]! }, role: 'PROJECT_ADMIN', createdById: null });
    const mine = await pageThrough((after: string | undefined) => new OrganizationRepository(test.db.fork()).ofPrincipal(userId, { after, limit: 2 }), (o) => o.id, 2);
    expect(mine.map((o) => o.id)).toEqual([...memberOf].sort());

    const inOrg = await pageThrough((after: string | undefined) => new RoleAssignmentRepository(test.db.fork()).byPrincipal(userId, { after, limit: 1 }, organizationId), (a) => a.id, 1);
    expect(inOrg.map((a) => a.scopeLevel).sort()).toEqual(['ORGANIZATION', 'PROJECT']);
  });

  it('page the children of many parents in one statement, each parent its own page', async () => {
    const { organizationId, userId } = await seedTree(test.db);
    const em = test.db.fork();
    await new RoleAssignmentRepository(em).create({ principalId: userId, chain: { organizationId }, role: 'ORG_ADMIN', createdById: null });
    const projects = new ProjectRepository(em);
    const [none, two, five] = [
      await projects.create({ organizationId, name: 'none', createdById: null }),
      await projects.create({ organizationId, name: 'two', createdById: null }),
      await projects.create({ organizationId, name: 'five', createdById: null }),
    ];
    const tiers = ['DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION', 'QA'] as const;
    for (const tier of tiers.slice(0, 2)) await new EnvironmentRepository(em).create({ projectId: two.id, name: tier, tier });
    for (const tier of tiers) await new EnvironmentRepository(em).create({ projectId: five.id, name: tier, tier });
    const missing = newId();

    const before = test.db.statementsExecuted();
    const pages = await new EnvironmentRepository(test.db.fork()).byProjects([none.id, two.id, five.id, missing], { limit: 3 });
    expect(test.db.statementsExecuted() - before).toBe(1);
    expect(pages.get(none.id)).toEqual({ items: [], hasMore: false });
    expect(pages.get(missing)).toEqual({ items: [], hasMore: false });
    expect(pages.get(two.id)!.items.map((e) => e.project.id)).toEqual([two.id, two.id]);
    expect(pages.get(two.id)!.hasMore).toBe(false);
    const firstThree = pages.get(five.id)!;
    expect(firstThree.items.map((e) => e.project.id)).toEqual([five.id, five.id, five.id]);
    expect(firstThree.hasMore).toBe(true);

    const rest = (await new EnvironmentRepository(test.db.fork()).byProjects([five.id], { after: firstThree.items.at(-1)!.id, limit: 3 })).get(five.id)!;
    expect(rest.hasMore).toBe(false);
    const walked = [...firstThree.items, ...rest.items].map((e) => e.id);
    expect(walked).toHaveLength(5);
    expect(walked).toEqual([...walked].sort());

    const members = new RoleAssignmentRepository(test.db.fork());
    expect((await members.atScopes('ORGANIZATION', [organizationId], { limit: 5 })).get(organizationId)!.items.map((m) => m.principalId)).toEqual([userId]);
    expect((await members.atScopes('PROJECT', [organizationId], { limit: 5 })).get(organizationId)).toEqual({ items: [], hasMore: false });
  });

  it('page the children of more parents than one statement takes: each parent its own page, a few statements', async () => {
    const { organizationId } = await seedTree(test.db);
    const em = test.db.fork();
    const environmentsOf = new Map<string, string[]>();
    for (let i = 0; i < 230; i++) {
      const project = await new ProjectRepository(em).create({ organizationId, name: `p${i}`, createdById: null });
      const own: string[] = [];
      for (const tier of (['DEVELOPMENT', 'QA', 'PRODUCTION'] as const).slice(0, i % 4)) own.push((await new EnvironmentRepository(em).create({ projectId: project.id, name: tier, tier })).id);
      environmentsOf.set(project.id, own.sort());
    }

    const before = test.db.statementsExecuted();
    const pages = await new EnvironmentRepository(test.db.fork()).byProjects([...environmentsOf.keys()], { limit: 2 });
    expect(test.db.statementsExecuted() - before).toBeLessThanOrEqual(3);
    for (const [projectId, own] of environmentsOf) {
      const page = pages.get(projectId)!;
      expect(page.items.map((e) => e.id)).toEqual(own.slice(0, 2));
      expect(page.hasMore).toBe(own.length > 2);
    }
  });

  it('refuse page sizes outside 1..1000', async () => {
    const projects = new ProjectRepository(test.db.fork());
    await expect(projects.byOrganizations([newId()], { limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(projects.byOrganizations([newId()], { limit: 1001 })).rejects.toBeInstanceOf(RangeError);
  });

  it('create, find by hash, list, touch and revoke API tokens', async () => {
    const { userId } = await seedTree(test.db);
    const tokens = new ApiTokenRepository(test.db.fork());
    const hashes = ['a', 'b', 'c'].map((c) => c.repeat(64));
    for (const hash of hashes) await tokens.create({ principalId: userId, name: `t-${hash[0]}`, displayPrefix: 'rgp_abcdef', hash, expiresAt: null });

    const found = (await new ApiTokenRepository(test.db.fork()).credentialByHash(hashes[1]!))!;
    expect(found).toMatchObject({ principalId: userId, principalKind: 'USER', lastUsedAt: null });
    expect(found.standing).toEqual({ revokedAt: null, expiresAt: null, ownerDisabled: false, ownerIsMember: false });
    const at = new Date('2030-01-02T03:04:05.000Z');
    await new ApiTokenRepository(test.db.fork()).touchLastUsed(found.id, at);
    expect(await new ApiTokenRepository(test.db.fork()).revoke(found.id, at)).toBe(true);
    expect(await new ApiTokenRepository(test.db.fork()).revoke(found.id, new Date())).toBe(false);
    const reread = (await new ApiTokenRepository(test.db.fork()).credentialByHash(hashes[1]!))!;
    expect([reread.lastUsedAt?.toISOString(), reread.standing.revokedAt?.toISOString()]).toEqual([at.toISOString(), at.toISOString()]);

    const own = await pageThrough((after: string | undefined) => new ApiTokenRepository(test.db.fork()).ofPrincipal(userId, { after, limit: 2 }), (t) => t.id, 2);
    expect(own).toHaveLength(3);
    expect(own.find((t) => t.id === found.id)!.name).toBe('t-b');
    expect(await new ApiTokenRepository(test.db.fork()).credentialByHash('f'.repeat(64))).toBeUndefined();
  });

  it('page an organization’s events in log order, filtered by project, environment or principal', async () => {
    const { organizationId, projectId, environmentId, userId } = await seedTree(test.db);
    const otherOrganization = newId();
    for (let i = 0; i < 4; i++) {
      await runAccessChange(test.db.fork(), userId, async (change) => {
        change.record({ kind: 'ROLE_ASSIGNED', organizationId, projectId, principalId: userId, newRole: 'PROJECT_MEMBER' });
        change.record({ kind: 'ROLE_ASSIGNED', organizationId, projectId, environmentId, cascade: true, newRole: 'ENVIRONMENT_READER' });
        change.record({ kind: 'ORGANIZATION_CREATED', organizationId: otherOrganization });
      });
    }
    const events = (query: object) =>
      pageThrough(
        (after: EventPosition | undefined) => new AccessEventRepository(test.db.fork()).ofOrganization({ organizationId, after, limit: 3, ...query }),
        (e) => ({ revision: e.revision, sequence: e.sequence }),
        3,
      );
    const all = await events({});
    expect(all.map((e) => [e.revision, e.sequence])).toEqual([1, 2, 3, 4].flatMap((r) => [[r, 0], [r, 1]]));
    expect(await events({ projectId })).toHaveLength(8);
    expect((await events({ environmentId })).map((e) => e.sequence)).toEqual([1, 1, 1, 1]);
    expect((await events({ principalId: userId })).map((e) => e.sequence)).toEqual([0, 0, 0, 0]);
    const after = await new AccessEventRepository(test.db.fork()).ofOrganization({ organizationId, after: { revision: 3, sequence: 0 }, limit: 10 });
    expect(after.items.map((e) => [e.revision, e.sequence])).toEqual([[3, 1], [4, 0], [4, 1]]);

    const log = await new AccessEventRepository(test.db.fork()).all({ after: { revision: 4, sequence: 0 }, limit: 10 });
    expect(log.items.map((e) => [e.revision, e.sequence])).toEqual([[4, 1], [4, 2]]);
  });

  it('load many parents in one statement (the DataLoader batch functions)', async () => {
    const { organizationId } = await seedTree(test.db);
    const em = test.db.fork();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await new ProjectRepository(em).create({ organizationId, name: `p${i}`, createdById: null })).id);
    const fresh = test.db.fork();
    const before = test.db.statementsExecuted();
    const projects = await new ProjectRepository(fresh).byIds(ids);
    expect(projects).toHaveLength(20);
    expect(test.db.statementsExecuted() - before).toBe(1);
  });
});
