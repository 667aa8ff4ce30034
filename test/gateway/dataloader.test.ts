import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';
import { DashboardDocument, OrganizationMembersDocument, RemoveMemberThenAssignRoleDocument, ViewerDocument, type DashboardQuery } from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { onlyError, startTestGateway, type TestGateway } from '../support/gateway.js';
import { SnapshotBuilder } from '../support/snapshots.js';

type DashboardProject = DashboardQuery['organization']['projects']['edges'][number]['node'];
type DashboardMember = DashboardProject['members']['edges'][number]['node'];

interface SeededOrganization {
  readonly id: string;
  readonly snapshot: AccessSnapshot;
}

/** Each project's members: their organization role, project role and any environment role. */
const MEMBERSHIPS: readonly { kind: 'USER' | 'SERVICE_ACCOUNT'; org: RoleKey; project: RoleKey; environment?: { tier: number; role: RoleKey } }[] = [
  { kind: 'USER', org: 'ORG_MEMBER', project: 'PROJECT_ADMIN' },
  { kind: 'USER', org: 'ORG_CONTRIBUTOR', project: 'PROJECT_ARCHITECT', environment: { tier: 0, role: 'ENVIRONMENT_ADMIN' } },
  { kind: 'USER', org: 'ORG_MEMBER', project: 'PROJECT_CONTRIBUTOR' },
  { kind: 'SERVICE_ACCOUNT', org: 'ORG_MEMBER', project: 'PROJECT_MEMBER', environment: { tier: 2, role: 'ENVIRONMENT_ADMIN' } },
];

/**
 * An organization the founder administers, with `projectCount` projects of three environments and
 * four members each (members of no other project; the contributor of every fifth project is
 * disabled), written straight into the database: no HTTP, no events.
 */
async function seedOrganization(t: TestGateway, projectCount: number): Promise<SeededOrganization> {
  const b = new SnapshotBuilder();
  const organization = b.organization(`Dashboard of ${projectCount}`);
  b.grant(t.founder.adminId, organization, 'ORG_ADMIN');
  for (let i = 0; i < projectCount; i++) {
    const project = b.project(organization, `Project ${i}`);
    const environments = (['DEVELOPMENT', 'QA', 'PRODUCTION'] as const).map((tier) => b.environment(project, tier.toLowerCase(), tier));
    MEMBERSHIPS.forEach((m, j) => {
      const disabled = m.project === 'PROJECT_CONTRIBUTOR' && i % 5 === 0;
      const member = m.kind === 'USER' ? b.user(`Member ${i}.${j}`, disabled) : b.serviceAccount(`Deployer ${i}`);
      b.grant(member, organization, m.org).grant(member, project, m.project);
      if (m.environment) b.grant(member, environments[m.environment.tier]!, m.environment.role);
    });
  }
  const snapshot = b.build();
  await writeSnapshot(t.database.db.fork(), snapshot);
  return { id: organization.id, snapshot };
}

describe.each([
  { cache: 'the grant cache off', grantCacheSize: 0 },
  { cache: 'the grant cache on', grantCacheSize: undefined },
])(`per-request loaders (${TEST_DIALECT}, $cache)`, ({ grantCacheSize }) => {
  let t: TestGateway;
  let small: SeededOrganization;
  let large: SeededOrganization;

  beforeAll(async () => {
    // The live feed's catch-up poll reads the event log in the background; it must not be counted as a request's.
    t = await startTestGateway({ feed: { pollIntervalMs: 3_600_000 }, grantCacheSize });
    small = await seedOrganization(t, 10);
    large = await seedOrganization(t, 100);
    // The token's first use stamps lastUsedAt (an UPDATE); later uses within a minute do not.
    await t.ok(ViewerDocument, {}, t.founder.token);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('a dashboard query batches its reads', () => {
    /** The dashboard of one organization over HTTP, with the SQL statements the gateway ran for it. */
    async function dashboard(organizationId: string): Promise<{ data: DashboardQuery; statements: number }> {
      const before = t.gateway.db.statementsExecuted();
      const data = await t.ok(DashboardDocument, { organizationId, projects: 100, environments: 10, members: 10 }, t.founder.token);
      return { data, statements: t.gateway.db.statementsExecuted() - before };
    }

    it('runs the same number of SQL statements for 100 projects as for 10, and no more when asked again', async () => {
      const ten = await dashboard(small.id);
      const hundred = await dashboard(large.id);
      expect(ten.data.organization.projects.edges).toHaveLength(10);
      expect(hundred.data.organization.projects.edges).toHaveLength(100);
      // With the cache on, the first dashboard has already read the founder, whom both show.
      expect(hundred.statements).toBe(grantCacheSize === 0 ? ten.statements : ten.statements - 1);
      const again = await dashboard(large.id);
      expect(again.statements).toBeLessThanOrEqual(hundred.statements);
      expect(await dashboard(small.id)).toMatchObject({ statements: again.statements });
    });

    if (grantCacheSize === undefined) {
      it('reads no grant, principal or scope chain again once the cache holds them: only the token, the revision and the pages', async () => {
        const organization = await seedOrganization(t, 20);
        const first = await dashboard(organization.id);
        const again = await dashboard(organization.id);
        expect(again.data).toEqual(first.data);
        // The token, the current revision, then the organization, its projects, their environments and members (two levels).
        expect(again.statements).toBe(7);
        expect(first.statements).toBeGreaterThan(again.statements);
      });
    }

    it('lists every project with its environments and members, in id order', async () => {
      const { data } = await dashboard(large.id);
      const { snapshot } = large;
      const projects = data.organization.projects;
      expect(projects.pageInfo.hasNextPage).toBe(false);
      expect(projects.edges.map((e) => e.node.id)).toEqual(snapshot.projects.map((p) => p.id).sort());
      for (const { node: project } of projects.edges) {
        const environments = snapshot.environments.filter((e) => e.projectId === project.id).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(project.environments.edges.map((e) => e.node)).toEqual(environments.map((e) => ({ id: e.id, name: e.name, tier: e.tier })));
        const members = snapshot.grants.filter((g) => g.scope.id === project.id).sort((a, b) => (a.principalId < b.principalId ? -1 : 1));
        expect(project.members.edges.map((e) => [e.node.principal.id, e.node.role])).toEqual(members.map((g) => [g.principalId, g.role]));
        expect(project.members.pageInfo.hasNextPage).toBe(false);
      }
    });

    it("gives each member's effective permissions at the project as the engine computes them", async () => {
      const { data } = await dashboard(large.id);
      const engine = new PermissionEngine(new MemoryGrantStore(large.snapshot));
      const members = data.organization.projects.edges.flatMap((e) => e.node.members.edges.map((m) => m.node));
      expect(members).toHaveLength(400);
      for (const member of members) {
        const expected = await engine.effectivePermissions(member.principalId, member.scope as ScopeRef);
        expect(member.effectivePermissions.permissions, `${member.principal.displayName} (${member.role})`).toEqual(expected.permissions);
      }
    });

    it('spot-checks what the roles give: admins manage members, members only read, the disabled hold nothing', async () => {
      const { data } = await dashboard(large.id);
      const first = data.organization.projects.edges[0]!.node;
      const byRole = (role: RoleKey): DashboardMember => first.members.edges.find((e) => e.node.role === role)!.node;
      const projectScope = { level: 'PROJECT', id: first.id };
      const permission = (member: DashboardMember, key: string) => member.effectivePermissions.permissions.find((p) => p.key === key);

      expect(permission(byRole('PROJECT_ADMIN'), 'project.settings.members')).toEqual({
        key: 'project.settings.members',
        access: 'WRITE',
        grants: [{ role: 'PROJECT_ADMIN', access: 'WRITE', scope: projectScope }],
      });
      expect(permission(byRole('PROJECT_ARCHITECT'), 'project.settings.members')?.access).toBe('READ');
      expect(permission(byRole('PROJECT_MEMBER'), 'project.settings.members')).toBeUndefined();
      expect(byRole('PROJECT_MEMBER').principal.kind).toBe('SERVICE_ACCOUNT');
      expect(permission(byRole('PROJECT_MEMBER'), 'project.management.list')?.access).toBe('READ');

      const disabledIds = new Set(large.snapshot.principals.filter((p) => p.disabled).map((p) => p.id));
      const disabled = data.organization.projects.edges.flatMap((e) => e.node.members.edges.map((m) => m.node)).filter((m) => disabledIds.has(m.principalId));
      expect(disabled.map((m) => [m.role, m.effectivePermissions.permissions])).toEqual(Array(20).fill(['PROJECT_CONTRIBUTOR', []]));
    });
  });

  describe('remembered reads never outlive a change', () => {
    it('lets each mutation of a request see what the mutations before it changed', async () => {
      const organization = await seedOrganization(t, 1);
      const member = organization.snapshot.principals[0]!.id;
      const response = await t.request(RemoveMemberThenAssignRoleDocument, { organizationId: organization.id, principalId: member, role: 'ORG_CONTRIBUTOR' }, t.founder.token);
      // Removing the member read its membership; assigning must read it again and find none.
      expect(onlyError(response)).toMatchObject({ path: ['assignRole'], extensions: { code: 'NOT_FOUND' } });
      const members = await t.ok(OrganizationMembersDocument, { id: organization.id }, t.founder.token);
      expect(members.organization.members.edges.map((e) => e.node.principalId)).toEqual([t.founder.adminId, ...organization.snapshot.principals.slice(1).map((p) => p.id)].sort());
    });
  });
});
