import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScopeRef } from '../../src/domain/scope.js';
import { AccessibleScopesDocument, LicenseUsageDocument, WhoCanDocument, type AccessibleScopesQueryVariables, type WhoCanQueryVariables } from '../generated/graphql.js';
import {
  addServiceAccount,
  addUser,
  assignRole,
  createEnvironment,
  createOrganization,
  createProject,
  disablePrincipal,
  environmentScope,
  organizationScope,
  projectScope,
  type Actor,
} from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { useTestGateway } from '../support/gateway.js';
import { everyPage } from '../support/pages.js';
import { expectRefusal } from '../support/refusals.js';

/** An organization, a project with four environments, and people holding roles in them. */
interface Scene {
  readonly organization: ScopeRef;
  readonly project: ScopeRef;
  readonly environments: readonly ScopeRef[];
  /** Environment Admin of environments 0, 1 and 2. */
  readonly deployer: Actor;
  /** Environment Admin of environment 0 only. */
  readonly operator: Actor;
  readonly projectAdmin: Actor;
  readonly contributor: Actor;
  /** Project Member and Environment Reader of environment 0. */
  readonly reader: Actor;
  readonly orgMember: Actor;
  /** Environment Admin of environment 0, disabled. */
  readonly disabled: Actor;
}

describe(`reverse look-ups and licences over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let scene: Scene;

  beforeAll(async () => {
    const organizationId = await createOrganization(t, 'Look-ups');
    const projectId = await createProject(t, organizationId, 'Platform');
    const environments: ScopeRef[] = [];
    for (const tier of ['DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION'] as const) environments.push(environmentScope(await createEnvironment(t, projectId, tier.toLowerCase(), tier)));
    const person = async (name: string, projectRole: 'PROJECT_ADMIN' | 'PROJECT_CONTRIBUTOR' | 'PROJECT_MEMBER', environmentRoles: [number, 'ENVIRONMENT_ADMIN' | 'ENVIRONMENT_READER'][] = []) => {
      const actor = await addUser(t, organizationId, name);
      await assignRole(t, actor.principalId, projectScope(projectId), projectRole);
      for (const [index, role] of environmentRoles) await assignRole(t, actor.principalId, environments[index]!, role);
      return actor;
    };
    const disabled = await person('disabled', 'PROJECT_MEMBER', [[0, 'ENVIRONMENT_ADMIN']]);
    await disablePrincipal(t, disabled.principalId);
    scene = {
      organization: organizationScope(organizationId),
      project: projectScope(projectId),
      environments,
      deployer: await person('deployer', 'PROJECT_MEMBER', [
        [0, 'ENVIRONMENT_ADMIN'],
        [1, 'ENVIRONMENT_ADMIN'],
        [2, 'ENVIRONMENT_ADMIN'],
      ]),
      operator: await person('operator', 'PROJECT_MEMBER', [[0, 'ENVIRONMENT_ADMIN']]),
      projectAdmin: await person('padmin', 'PROJECT_ADMIN'),
      contributor: await person('contrib', 'PROJECT_CONTRIBUTOR'),
      reader: await person('reader', 'PROJECT_MEMBER', [[0, 'ENVIRONMENT_READER']]),
      orgMember: await addUser(t, organizationId, 'orgmember'),
      disabled,
    };
  });

  describe('whoCan', () => {
    const holders = (variables: Omit<WhoCanQueryVariables, 'after'>, token = t.founder.token) =>
      everyPage(async (after) => (await t.ok(WhoCanDocument, { ...variables, after }, token)).whoCan);

    it('names every enabled principal holding a permission at a scope, with its grants, a page at a time', async () => {
      const { organization, environments, deployer, operator } = scene;
      const result = await holders({ permissionKey: 'environment.deploy', access: 'WRITE', scope: environments[0]!, first: 1 });
      expect(result.pages).toBe(3);
      const byId = Object.fromEntries(result.nodes.map((n) => [n.principalId, n]));
      expect(Object.keys(byId).sort()).toEqual([t.founder.adminId, deployer.principalId, operator.principalId].sort());
      expect(result.nodes.map((n) => n.principalId)).toEqual(Object.keys(byId).sort());
      expect(byId[t.founder.adminId]).toMatchObject({ access: 'WRITE', principal: { displayName: 'Ada' }, grants: [{ role: 'ORG_ADMIN', scope: organization }] });
      expect(byId[deployer.principalId]).toMatchObject({ access: 'WRITE', principal: { displayName: 'deployer' }, grants: [{ role: 'ENVIRONMENT_ADMIN', scope: environments[0] }] });
    });

    it('counts the roles of enclosing scopes, and leaves out who holds too little', async () => {
      const { environments, projectAdmin, contributor, reader, deployer, operator, orgMember } = scene;
      const readers = await holders({ permissionKey: 'environment.deployments', access: 'READ', scope: environments[0]!, first: 50 });
      const ids = readers.nodes.map((n) => n.principalId);
      expect(ids).toEqual(expect.arrayContaining([projectAdmin.principalId, contributor.principalId, reader.principalId, deployer.principalId, operator.principalId]));
      expect(ids).not.toContain(orgMember.principalId);
      const settings = await holders({ permissionKey: 'environment.settings', access: 'WRITE', scope: environments[3]!, first: 50 });
      expect(settings.nodes.map((n) => n.principalId)).toEqual([t.founder.adminId]);
    });

    it('is answered to those who see the scope’s members: NOT_FOUND for a hidden scope, FORBIDDEN for hidden members', async () => {
      const { organization, project, environments, contributor, reader, orgMember } = scene;
      const deploy = { permissionKey: 'environment.deploy', access: 'WRITE' as const };
      expect((await t.ok(WhoCanDocument, { ...deploy, scope: environments[0]! }, contributor.token)).whoCan.edges.length).toBe(3);
      expectRefusal(await t.request(WhoCanDocument, { ...deploy, scope: environments[1]! }, reader.token), 'NOT_FOUND');
      expectRefusal(await t.request(WhoCanDocument, { ...deploy, scope: environments[0]! }, reader.token), 'FORBIDDEN');
      expectRefusal(await t.request(WhoCanDocument, { permissionKey: 'org.projects.create', access: 'WRITE', scope: organization }, orgMember.token), 'FORBIDDEN');
      expectRefusal(await t.request(WhoCanDocument, { permissionKey: 'project.settings.details', access: 'READ', scope: project }, orgMember.token), 'NOT_FOUND');
    });
  });

  describe('accessibleScopes', () => {
    const everyScope = (variables: Omit<AccessibleScopesQueryVariables, 'after'>, token: string) =>
      everyPage(async (after) => (await t.ok(AccessibleScopesDocument, { ...variables, after }, token)).accessibleScopes);

    it('lists the scopes where a principal holds a permission, with the grants, a page at a time', async () => {
      const { organization, project, environments, deployer } = scene;
      const deployable = await everyScope(
        { principalId: deployer.principalId, organizationId: organization.id, permissionKey: 'environment.deploy', access: 'WRITE', first: 2 },
        deployer.token,
      );
      expect(deployable.pages).toBe(2);
      expect(deployable.nodes.map((n) => n.scope.id)).toEqual(environments.slice(0, 3).map((e) => e.id).sort());
      for (const node of deployable.nodes) {
        expect(node).toEqual({ scope: node.scope, projectId: project.id, access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: node.scope }] });
      }
    });

    it('reaches every scope under a role held higher up', async () => {
      const { organization, project, environments, projectAdmin } = scene;
      const asAdmin = await everyScope({ principalId: t.founder.adminId, organizationId: organization.id, permissionKey: 'environment.deploy', access: 'WRITE', first: 500 }, t.founder.token);
      expect(asAdmin.nodes.map((n) => n.scope.id)).toEqual(environments.map((e) => e.id).sort());
      const projects = await everyScope(
        { principalId: projectAdmin.principalId, organizationId: organization.id, permissionKey: 'project.settings.members', access: 'WRITE', first: 500 },
        t.founder.token,
      );
      expect(projects.nodes).toEqual([{ scope: project, projectId: project.id, access: 'WRITE', grants: [{ role: 'PROJECT_ADMIN', scope: project }] }]);
    });

    it('answers about the caller itself or, for an Org Admin, anyone in its organization; otherwise NOT_FOUND', async () => {
      const { organization, deployer, operator } = scene;
      const question = { principalId: deployer.principalId, organizationId: organization.id, permissionKey: 'environment.deploy', access: 'WRITE' as const };
      const own = await t.ok(AccessibleScopesDocument, question, deployer.token);
      expect(await t.ok(AccessibleScopesDocument, question, t.founder.token)).toEqual(own);
      const refused = expectRefusal(await t.request(AccessibleScopesDocument, question, operator.token), 'NOT_FOUND');
      expect(refused.message).toBe(`No principal with id ${deployer.principalId} is visible to you.`);
    });
  });

  describe('licenseUsage', () => {
    it('counts a seat for Org Admin, Project Admin, Architect or Contributor anywhere (listing those roles), and everyone else as read-only', async () => {
      // The founder created the project, so it holds Project Admin there besides Org Admin.
      const { organization, deployer, operator, projectAdmin, contributor, reader, orgMember, disabled } = scene;
      const robot = await addServiceAccount(t, organization.id, 'robot');
      const usage = (await t.ok(LicenseUsageDocument, { organizationId: organization.id }, t.founder.token)).licenseUsage;
      expect(usage.organizationId).toBe(organization.id);
      const seats = Object.fromEntries(usage.seats.map((s) => [s.principalId, s.roles]));
      expect(seats).toEqual({ [t.founder.adminId]: ['ORG_ADMIN', 'PROJECT_ADMIN'], [projectAdmin.principalId]: ['PROJECT_ADMIN'], [contributor.principalId]: ['PROJECT_CONTRIBUTOR'] });
      const readOnly = Object.fromEntries(usage.readOnly.map((s) => [s.principalId, [s.kind, [...s.roles].sort()]]));
      expect(readOnly).toEqual({
        [deployer.principalId]: ['USER', ['ENVIRONMENT_ADMIN', 'ORG_MEMBER', 'PROJECT_MEMBER']],
        [operator.principalId]: ['USER', ['ENVIRONMENT_ADMIN', 'ORG_MEMBER', 'PROJECT_MEMBER']],
        [reader.principalId]: ['USER', ['ENVIRONMENT_READER', 'ORG_MEMBER', 'PROJECT_MEMBER']],
        [orgMember.principalId]: ['USER', ['ORG_MEMBER']],
        [robot.principalId]: ['SERVICE_ACCOUNT', ['ORG_MEMBER']],
      });
      expect(usage.seats.map((s) => s.principalId)).not.toContain(disabled.principalId);
      expect([usage.seatCount, usage.readOnlyCount]).toEqual([3, 5]);
      expect(usage.seats.find((s) => s.principalId === projectAdmin.principalId)!.principal.displayName).toBe('padmin');
    });

    it('is shown to Org Admins only (FORBIDDEN for other members)', async () => {
      const { organization, projectAdmin } = scene;
      expectRefusal(await t.request(LicenseUsageDocument, { organizationId: organization.id }, projectAdmin.token), 'FORBIDDEN');
    });
  });
});
