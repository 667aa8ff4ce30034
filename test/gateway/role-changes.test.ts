import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  AddMemberDocument,
  AssignRoleDocument,
  EnvironmentMembersDocument,
  ProjectMembersDocument,
  RemoveMemberDocument,
  RevokeRoleDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import {
  addServiceAccount,
  addUser,
  assignRole,
  createEnvironment,
  createOrganization,
  createProject,
  environmentScope,
  organizationScope,
  projectScope,
  type Actor,
} from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
import { useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

/** One organization with two projects, each with two environments. */
interface Tree {
  readonly organizationId: string;
  readonly projects: readonly [string, string];
  /** environments[p][e]: environment e of project p. */
  readonly environments: readonly [readonly [string, string], readonly [string, string]];
}

describe(`assigning, changing and revoking roles over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  const tree = async (name: string): Promise<Tree> => {
    const organizationId = await createOrganization(t, name);
    const projects = [await createProject(t, organizationId, 'P0'), await createProject(t, organizationId, 'P1')] as const;
    const environments = [
      [await createEnvironment(t, projects[0], 'dev', 'DEVELOPMENT'), await createEnvironment(t, projects[0], 'prod', 'PRODUCTION')],
      [await createEnvironment(t, projects[1], 'dev', 'DEVELOPMENT'), await createEnvironment(t, projects[1], 'prod', 'PRODUCTION')],
    ] as const;
    return { organizationId, projects, environments };
  };

  const emailOf = async (actor: Actor): Promise<string> => (await t.ok(ViewerDocument, {}, actor.token)).viewer.principal.email!;

  const rolesIn = async (projectId: string): Promise<Record<string, string>> => {
    const data = await t.ok(ProjectMembersDocument, { id: projectId, first: 500 }, t.founder.token);
    return Object.fromEntries(data.project.members.edges.map((e) => [e.node.principalId, e.node.role]));
  };
  const environmentRolesIn = async (environmentId: string): Promise<Record<string, string>> => {
    const data = await t.ok(EnvironmentMembersDocument, { id: environmentId, first: 500 }, t.founder.token);
    return Object.fromEntries(data.environment.members.edges.map((e) => [e.node.principalId, e.node.role]));
  };

  describe('project and environment roles', () => {
    it('assigns, changes and revokes a project role; each mutation returns its change and the next revision', async () => {
      const { organizationId, projects } = await tree('Project roles');
      const user = await addUser(t, organizationId, 'uma');
      const scope = projectScope(projects[0]);

      const assigned = await t.ok(AssignRoleDocument, { principalId: user.principalId, scope, role: 'PROJECT_MEMBER' }, t.founder.token);
      expect(assigned.assignRole.changes).toEqual([{ kind: 'ASSIGN', principalId: user.principalId, scope, oldRole: null, newRole: 'PROJECT_MEMBER', cascade: false }]);
      expect((await rolesIn(projects[0]))[user.principalId]).toBe('PROJECT_MEMBER');

      const changed = await t.ok(AssignRoleDocument, { principalId: user.principalId, scope, role: 'PROJECT_ARCHITECT' }, t.founder.token);
      expect(changed.assignRole.changes).toEqual([{ kind: 'CHANGE', principalId: user.principalId, scope, oldRole: 'PROJECT_MEMBER', newRole: 'PROJECT_ARCHITECT', cascade: false }]);
      expect(changed.assignRole.revision).toBe(assigned.assignRole.revision + 1);
      expect((await rolesIn(projects[0]))[user.principalId]).toBe('PROJECT_ARCHITECT');

      const revoked = await t.ok(RevokeRoleDocument, { principalId: user.principalId, scope }, t.founder.token);
      expect(revoked.revokeRole.changes).toEqual([{ kind: 'REVOKE', principalId: user.principalId, scope, oldRole: 'PROJECT_ARCHITECT', newRole: null, cascade: false }]);
      expect(revoked.revokeRole.revision).toBe(changed.assignRole.revision + 1);
      expect(await rolesIn(projects[0])).not.toHaveProperty(user.principalId);
    });

    it('assigns, changes and revokes an environment role', async () => {
      const { organizationId, projects, environments } = await tree('Environment roles');
      const user = await addUser(t, organizationId, 'vic');
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_MEMBER');
      const scope = environmentScope(environments[0][1]);

      const assigned = await t.ok(AssignRoleDocument, { principalId: user.principalId, scope, role: 'ENVIRONMENT_READER' }, t.founder.token);
      expect(assigned.assignRole.changes).toEqual([{ kind: 'ASSIGN', principalId: user.principalId, scope, oldRole: null, newRole: 'ENVIRONMENT_READER', cascade: false }]);
      const changed = await t.ok(AssignRoleDocument, { principalId: user.principalId, scope, role: 'ENVIRONMENT_ADMIN' }, t.founder.token);
      expect(changed.assignRole.changes[0]).toMatchObject({ kind: 'CHANGE', oldRole: 'ENVIRONMENT_READER', newRole: 'ENVIRONMENT_ADMIN' });
      expect(await environmentRolesIn(environments[0][1])).toEqual({ [user.principalId]: 'ENVIRONMENT_ADMIN' });
      const revoked = await t.ok(RevokeRoleDocument, { principalId: user.principalId, scope }, t.founder.token);
      expect(revoked.revokeRole.changes[0]).toMatchObject({ kind: 'REVOKE', oldRole: 'ENVIRONMENT_ADMIN', cascade: false });
      expect(await environmentRolesIn(environments[0][1])).toEqual({});
    });

    it('revoking a project role takes the environment roles in that project with it, and no others', async () => {
      const { organizationId, projects, environments } = await tree('Project cascade');
      const user = await addUser(t, organizationId, 'wes');
      for (const p of [0, 1] as const) {
        await assignRole(t, user.principalId, projectScope(projects[p]), 'PROJECT_CONTRIBUTOR');
        for (const e of [0, 1] as const) await assignRole(t, user.principalId, environmentScope(environments[p][e]), 'ENVIRONMENT_READER');
      }
      const revoked = await t.ok(RevokeRoleDocument, { principalId: user.principalId, scope: projectScope(projects[0]) }, t.founder.token);
      expect(revoked.revokeRole.changes[0]).toEqual({
        kind: 'REVOKE',
        principalId: user.principalId,
        scope: projectScope(projects[0]),
        oldRole: 'PROJECT_CONTRIBUTOR',
        newRole: null,
        cascade: false,
      });
      expect(revoked.revokeRole.changes.slice(1).map((c) => ({ ...c, scope: c.scope.id }))).toEqual(
        [...environments[0]].sort().map((id) => ({ kind: 'REVOKE', principalId: user.principalId, scope: id, oldRole: 'ENVIRONMENT_READER', newRole: null, cascade: true })),
      );
      expect(await environmentRolesIn(environments[0][0])).toEqual({});
      expect(await environmentRolesIn(environments[1][0])).toEqual({ [user.principalId]: 'ENVIRONMENT_READER' });
      expect((await rolesIn(projects[1]))[user.principalId]).toBe('PROJECT_CONTRIBUTOR');
    });

    it('removing a member removes every role it held in the organization, in one change listing the cascade', async () => {
      const { organizationId, projects, environments } = await tree('Member cascade');
      const user = await addUser(t, organizationId, 'xia', 'ORG_CONTRIBUTOR');
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_ADMIN');
      await assignRole(t, user.principalId, projectScope(projects[1]), 'PROJECT_MEMBER');
      await assignRole(t, user.principalId, environmentScope(environments[0][1]), 'ENVIRONMENT_ADMIN');
      const elsewhere = await createOrganization(t, 'Unrelated');
      const elsewhereProject = await createProject(t, elsewhere, 'Kept');
      await t.ok(AddMemberDocument, { organizationId: elsewhere, email: await emailOf(user), displayName: 'xia' }, t.founder.token);
      await assignRole(t, user.principalId, projectScope(elsewhereProject), 'PROJECT_MEMBER');

      const removed = await t.ok(RemoveMemberDocument, { organizationId, principalId: user.principalId }, t.founder.token);
      const { changes } = removed.removeMember;
      expect(changes[0]).toEqual({ kind: 'REVOKE', principalId: user.principalId, scope: organizationScope(organizationId), oldRole: 'ORG_CONTRIBUTOR', newRole: null, cascade: false });
      expect(changes.slice(1).every((c) => c.kind === 'REVOKE' && c.cascade && c.principalId === user.principalId)).toBe(true);
      expect(changes.slice(1).map((c) => [c.scope.level, c.scope.id, c.oldRole]).sort()).toEqual(
        [
          ['ENVIRONMENT', environments[0][1], 'ENVIRONMENT_ADMIN'],
          ['PROJECT', projects[0], 'PROJECT_ADMIN'],
          ['PROJECT', projects[1], 'PROJECT_MEMBER'],
        ].sort(),
      );
      expect(changes.slice(1).map((c) => c.scope.level)).toEqual(['PROJECT', 'PROJECT', 'ENVIRONMENT']);
      expect(await rolesIn(projects[0])).not.toHaveProperty(user.principalId);
      expect(await environmentRolesIn(environments[0][1])).toEqual({});
      expect((await rolesIn(elsewhereProject))[user.principalId]).toBe('PROJECT_MEMBER');
    });
  });

  describe('who may change access', () => {
    it('lets a holder of project.settings.members WRITE (Project Admin) manage roles in its project, and nowhere else', async () => {
      const { organizationId, projects } = await tree('Project admins');
      const admin = await addUser(t, organizationId, 'pat');
      await assignRole(t, admin.principalId, projectScope(projects[0]), 'PROJECT_ADMIN');
      const user = await addUser(t, organizationId, 'quo');
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_CONTRIBUTOR', admin);
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_ARCHITECT', admin);
      expect((await rolesIn(projects[0]))[user.principalId]).toBe('PROJECT_ARCHITECT');

      // The other project is hidden from it altogether.
      const elsewhere = await t.request(AssignRoleDocument, { principalId: user.principalId, scope: projectScope(projects[1]), role: 'PROJECT_MEMBER' }, admin.token);
      expectRefusal(elsewhere, 'NOT_FOUND');
    });

    it('refuses a Project Contributor, who may read the members but not change them (FORBIDDEN), and writes nothing', async () => {
      const { organizationId, projects } = await tree('Contributors');
      const contributor = await addUser(t, organizationId, 'rae');
      await assignRole(t, contributor.principalId, projectScope(projects[0]), 'PROJECT_CONTRIBUTOR');
      const user = await addUser(t, organizationId, 'sid');
      const before = await footprintOf(t.database.db);
      const refused = await t.request(AssignRoleDocument, { principalId: user.principalId, scope: projectScope(projects[0]), role: 'PROJECT_MEMBER' }, contributor.token);
      expect(expectRefusal(refused, 'FORBIDDEN').extensions).toMatchObject({ rule: 'MEMBERS_PERMISSION_REQUIRED', projectId: projects[0] });
      expect(await footprintOf(t.database.db)).toEqual(before);
    });

    it('lets an Environment Admin give and take Environment Reader there, and nothing else', async () => {
      const { organizationId, projects, environments } = await tree('Environment admins');
      const environmentAdmin = await addUser(t, organizationId, 'tia');
      const user = await addUser(t, organizationId, 'ulf');
      for (const actor of [environmentAdmin, user]) await assignRole(t, actor.principalId, projectScope(projects[0]), 'PROJECT_MEMBER');
      await assignRole(t, environmentAdmin.principalId, environmentScope(environments[0][1]), 'ENVIRONMENT_ADMIN');

      const scope = environmentScope(environments[0][1]);
      await assignRole(t, user.principalId, scope, 'ENVIRONMENT_READER', environmentAdmin);
      const promotion = await t.request(AssignRoleDocument, { principalId: user.principalId, scope, role: 'ENVIRONMENT_ADMIN' }, environmentAdmin.token);
      expect(expectRefusal(promotion, 'FORBIDDEN').extensions).toMatchObject({ rule: 'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER', role: 'ENVIRONMENT_ADMIN' });
      await t.ok(RevokeRoleDocument, { principalId: user.principalId, scope }, environmentAdmin.token);
      expect(await environmentRolesIn(environments[0][1])).toEqual({ [environmentAdmin.principalId]: 'ENVIRONMENT_ADMIN' });

      const projectRole = await t.request(AssignRoleDocument, { principalId: user.principalId, scope: projectScope(projects[0]), role: 'PROJECT_CONTRIBUTOR' }, environmentAdmin.token);
      expect(expectRefusal(projectRole, 'FORBIDDEN').extensions?.rule).toBe('MEMBERS_PERMISSION_REQUIRED');
    });

    it('refuses to let anyone but an Org Admin grant a role beyond their own access (FORBIDDEN, naming what is missing)', async () => {
      const { organizationId, projects, environments } = await tree('Beyond own access');
      const projectAdmin = await addUser(t, organizationId, 'val');
      await assignRole(t, projectAdmin.principalId, projectScope(projects[0]), 'PROJECT_ADMIN');
      const user = await addUser(t, organizationId, 'wim');
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_MEMBER', projectAdmin);

      // A Project Admin reads environment settings but does not deploy: Environment Admin is beyond it.
      const refused = await t.request(AssignRoleDocument, { principalId: user.principalId, scope: environmentScope(environments[0][0]), role: 'ENVIRONMENT_ADMIN' }, projectAdmin.token);
      const error = expectRefusal(refused, 'FORBIDDEN');
      expect(error.extensions?.rule).toBe('CANNOT_GRANT_ROLE_NOT_HELD');
      expect(error.extensions?.missing).toEqual(expect.arrayContaining(['environment.deploy WRITE', 'environment.settings WRITE']));
      await assignRole(t, user.principalId, environmentScope(environments[0][0]), 'ENVIRONMENT_ADMIN');
    });
  });

  describe('rules every change obeys', () => {
    it('needs a project role before an environment role (BAD_USER_INPUT)', async () => {
      const { organizationId, environments, projects } = await tree('Prerequisites');
      const user = await addUser(t, organizationId, 'xan');
      const refused = await t.request(AssignRoleDocument, { principalId: user.principalId, scope: environmentScope(environments[0][0]), role: 'ENVIRONMENT_READER' }, t.founder.token);
      expect(expectRefusal(refused, 'BAD_USER_INPUT').extensions).toMatchObject({ rule: 'PROJECT_ROLE_REQUIRED', projectId: projects[0] });
    });

    it('holds each role only at its own level (BAD_USER_INPUT)', async () => {
      const { organizationId, projects, environments } = await tree('Levels');
      const user = await addUser(t, organizationId, 'yul');
      const cases = [
        [projectScope(projects[0]), 'ORG_ADMIN'],
        [environmentScope(environments[0][0]), 'PROJECT_ADMIN'],
        [organizationScope(organizationId), 'ENVIRONMENT_READER'],
      ] as const;
      for (const [scope, role] of cases) {
        const refused = await t.request(AssignRoleDocument, { principalId: user.principalId, scope, role }, t.founder.token);
        expect(expectRefusal(refused, 'BAD_USER_INPUT').extensions).toMatchObject({ rule: 'ROLE_LEVEL_MISMATCH', role });
      }
    });

    it('gives service accounts only the roles they may hold, naming them when refusing (BAD_USER_INPUT)', async () => {
      const { organizationId, projects, environments } = await tree('Service accounts');
      const robot: Actor = await addServiceAccount(t, organizationId, 'ci');
      for (const [scope, role] of [
        [organizationScope(organizationId), 'ORG_ADMIN'],
        [projectScope(projects[0]), 'PROJECT_ADMIN'],
        [projectScope(projects[0]), 'PROJECT_CONTRIBUTOR'],
      ] as const) {
        const refused = await t.request(AssignRoleDocument, { principalId: robot.principalId, scope, role }, t.founder.token);
        const error = expectRefusal(refused, 'BAD_USER_INPUT');
        expect(error.extensions).toMatchObject({
          rule: 'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED',
          allowedRoles: ['ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER'],
        });
        expect(error.message).toMatch(/Service accounts may hold only Org Contributor, Org Member, Project Member, Environment Admin and Environment Reader/);
      }
      await assignRole(t, robot.principalId, projectScope(projects[0]), 'PROJECT_MEMBER');
      await assignRole(t, robot.principalId, environmentScope(environments[0][1]), 'ENVIRONMENT_ADMIN');
    });

    it('refuses to revoke a role that is not held (NOT_FOUND) and to assign the role already held (CONFLICT)', async () => {
      const { organizationId, projects } = await tree('Idempotence');
      const user = await addUser(t, organizationId, 'zed');
      expectRefusal(await t.request(RevokeRoleDocument, { principalId: user.principalId, scope: projectScope(projects[0]) }, t.founder.token), 'NOT_FOUND');
      await assignRole(t, user.principalId, projectScope(projects[0]), 'PROJECT_MEMBER');
      expectRefusal(await t.request(AssignRoleDocument, { principalId: user.principalId, scope: projectScope(projects[0]), role: 'PROJECT_MEMBER' }, t.founder.token), 'CONFLICT');
    });
  });
});
