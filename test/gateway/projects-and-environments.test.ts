import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  CreateEnvironmentDocument,
  CreateProjectDocument,
  EnvironmentDocument,
  EnvironmentMembersDocument,
  OrganizationProjectsDocument,
  ProjectDocument,
  ProjectEnvironmentsDocument,
  ProjectMembersDocument,
} from '../generated/graphql.js';
import {
  addServiceAccount,
  addUser,
  assignRole,
  createEnvironment,
  createOrganization,
  createProject,
  environmentScope,
  projectScope,
  type Actor,
} from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
import { everyPage } from '../support/pages.js';
import { useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

describe(`projects and environments over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  const projectMembers = async (projectId: string, by: Actor | string = t.founder.token) => {
    const data = await t.ok(ProjectMembersDocument, { id: projectId }, typeof by === 'string' ? by : by.token);
    return Object.fromEntries(data.project.members.edges.map((e) => [e.node.principalId, e.node.role]));
  };

  describe('createProject', () => {
    it('creates a project whose creator becomes its Project Admin, and returns the grant and the revision', async () => {
      const organizationId = await createOrganization(t, 'Projects');
      const contributor = await addUser(t, organizationId, 'cora', 'ORG_CONTRIBUTOR');
      const created = await t.ok(CreateProjectDocument, { organizationId, name: ' Warehouse ' }, contributor.token);
      const { project, changes, revision } = created.createProject;
      expect(project).toEqual({ id: project.id, name: 'Warehouse', organizationId });
      expect(changes).toEqual([{ kind: 'ASSIGN', principalId: contributor.principalId, scope: { level: 'PROJECT', id: project.id }, newRole: 'PROJECT_ADMIN', cascade: false }]);
      expect(revision).toBeGreaterThan(0);

      const read = await t.ok(ProjectDocument, { id: project.id }, contributor.token);
      expect(read.project).toMatchObject({ id: project.id, name: 'Warehouse', organizationId, organization: { id: organizationId, name: 'Projects' } });
      expect(await projectMembers(project.id, contributor)).toEqual({ [contributor.principalId]: 'PROJECT_ADMIN' });
    });

    it('makes a service account that creates a project its Project Member, the most it may hold', async () => {
      const organizationId = await createOrganization(t, 'Robot projects');
      const robot = await addServiceAccount(t, organizationId, 'deployer', 'ORG_CONTRIBUTOR');
      const created = await t.ok(CreateProjectDocument, { organizationId, name: 'Pipelines' }, robot.token);
      expect(created.createProject.changes).toEqual([
        { kind: 'ASSIGN', principalId: robot.principalId, scope: { level: 'PROJECT', id: created.createProject.project.id }, newRole: 'PROJECT_MEMBER', cascade: false },
      ]);
    });

    it('is refused to Org Members (FORBIDDEN), and writes nothing', async () => {
      const organizationId = await createOrganization(t, 'No projects for members');
      const member = await addUser(t, organizationId, 'milo');
      const before = await footprintOf(t.database.db);
      const error = expectRefusal(await t.request(CreateProjectDocument, { organizationId, name: 'Nope' }, member.token), 'FORBIDDEN');
      expect(error.extensions).toMatchObject({ rule: 'PERMISSION_REQUIRED', permissionKey: 'org.projects.create' });
      expect(await footprintOf(t.database.db)).toEqual(before);
    });
  });

  describe('organization projects', () => {
    it('lists the projects the caller may see, a page at a time: an Org Contributor sees those it holds a role in', async () => {
      const organizationId = await createOrganization(t, 'Listing');
      const contributor = await addUser(t, organizationId, 'pam', 'ORG_CONTRIBUTOR');
      const own = await createProject(t, organizationId, 'Own', contributor);
      const shared = await createProject(t, organizationId, 'Shared');
      await createProject(t, organizationId, 'Private');
      await assignRole(t, contributor.principalId, projectScope(shared), 'PROJECT_MEMBER');

      const asAdmin = await everyPage(async (after) => (await t.ok(OrganizationProjectsDocument, { id: organizationId, first: 2, after }, t.founder.token)).organization.projects);
      expect(asAdmin.nodes.map((p) => p.name).sort()).toEqual(['Own', 'Private', 'Shared']);
      expect(asAdmin.pages).toBe(2);

      const asContributor = await everyPage(async (after) => (await t.ok(OrganizationProjectsDocument, { id: organizationId, first: 1, after }, contributor.token)).organization.projects);
      expect(asContributor.nodes.map((p) => p.id).sort()).toEqual([own, shared].sort());
      expect(asContributor.pages).toBe(2);
    });

    it('hides a project from a member without a role in it (NOT_FOUND, as if it did not exist)', async () => {
      const organizationId = await createOrganization(t, 'Hidden projects');
      const member = await addUser(t, organizationId, 'nils');
      const projectId = await createProject(t, organizationId, 'Secret');
      const error = expectRefusal(await t.request(ProjectDocument, { id: projectId }, member.token), 'NOT_FOUND');
      expect(error.message).toBe(`No project with id ${projectId} is visible to you.`);
    });
  });

  describe('createEnvironment', () => {
    it('creates an environment of a tier in a project; it changes no grant, and the project roles reach it at once', async () => {
      const organizationId = await createOrganization(t, 'Environments');
      const lead = await addUser(t, organizationId, 'lea', 'ORG_CONTRIBUTOR');
      const projectId = await createProject(t, organizationId, 'Lake', lead);
      const created = await t.ok(CreateEnvironmentDocument, { projectId, name: ' prod ', tier: 'PRODUCTION' }, lead.token);
      const { environment, changes, revision } = created.createEnvironment;
      expect(environment).toEqual({ id: environment.id, name: 'prod', tier: 'PRODUCTION', projectId });
      expect(changes).toEqual([]);
      expect(revision).toBeGreaterThan(0);
      const read = await t.ok(EnvironmentDocument, { id: environment.id }, lead.token);
      expect(read.environment).toMatchObject({ id: environment.id, name: 'prod', tier: 'PRODUCTION', projectId, project: { id: projectId, name: 'Lake' } });
    });

    it('needs project.build.create-environment: a Project Architect is refused (FORBIDDEN) and nothing is written', async () => {
      const organizationId = await createOrganization(t, 'Architects');
      const projectId = await createProject(t, organizationId, 'Mart');
      const architect = await addUser(t, organizationId, 'arch');
      await assignRole(t, architect.principalId, projectScope(projectId), 'PROJECT_ARCHITECT');
      const before = await footprintOf(t.database.db);
      const error = expectRefusal(await t.request(CreateEnvironmentDocument, { projectId, name: 'qa', tier: 'QA' }, architect.token), 'FORBIDDEN');
      expect(error.extensions).toMatchObject({ rule: 'PERMISSION_REQUIRED', permissionKey: 'project.build.create-environment' });
      expect(await footprintOf(t.database.db)).toEqual(before);
    });

    it('lists a project’s environments a page at a time, to those whose roles reach environments', async () => {
      const organizationId = await createOrganization(t, 'Env listing');
      const projectId = await createProject(t, organizationId, 'Core');
      const tiers = ['DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION'] as const;
      for (const tier of tiers) await createEnvironment(t, projectId, tier.toLowerCase(), tier);
      const contributor = await addUser(t, organizationId, 'cole');
      await assignRole(t, contributor.principalId, projectScope(projectId), 'PROJECT_CONTRIBUTOR');
      const listed = await everyPage(async (after) => (await t.ok(ProjectEnvironmentsDocument, { id: projectId, first: 3, after }, contributor.token)).project.environments);
      expect(listed.pages).toBe(2);
      expect(listed.nodes.map((e) => e.tier).sort()).toEqual([...tiers].sort());
      expect(listed.nodes.every((e) => e.projectId === projectId)).toBe(true);

      // A Project Member's role grants nothing at environment level: environments stay out of its sight.
      const member = await addUser(t, organizationId, 'mona');
      await assignRole(t, member.principalId, projectScope(projectId), 'PROJECT_MEMBER');
      const asMember = await t.ok(ProjectEnvironmentsDocument, { id: projectId }, member.token);
      expect(asMember.project.environments).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      expectRefusal(await t.request(EnvironmentDocument, { id: listed.nodes[0]!.id }, member.token), 'NOT_FOUND');
    });
  });

  describe('project and environment members', () => {
    it('list who holds a role exactly there, since when, a page at a time', async () => {
      const started = Date.now();
      const organizationId = await createOrganization(t, 'Scope members');
      const projectId = await createProject(t, organizationId, 'Ops');
      const environmentId = await createEnvironment(t, projectId, 'prod', 'PRODUCTION');
      const people = [await addUser(t, organizationId, 'ana'), await addUser(t, organizationId, 'ben'), await addUser(t, organizationId, 'cid')];
      for (const person of people) await assignRole(t, person.principalId, projectScope(projectId), 'PROJECT_MEMBER');
      await assignRole(t, people[0]!.principalId, environmentScope(environmentId), 'ENVIRONMENT_ADMIN');
      await assignRole(t, people[1]!.principalId, environmentScope(environmentId), 'ENVIRONMENT_READER');

      const projectPages = await everyPage(async (after) => (await t.ok(ProjectMembersDocument, { id: projectId, first: 2, after }, t.founder.token)).project.members);
      expect(projectPages.pages).toBe(2);
      expect(projectPages.nodes.map((m) => m.principalId)).toEqual([t.founder.adminId, ...people.map((p) => p.principalId)].sort());
      expect(projectPages.nodes.find((m) => m.principalId === people[2]!.principalId)).toMatchObject({
        role: 'PROJECT_MEMBER',
        scope: { level: 'PROJECT', id: projectId },
        principal: { id: people[2]!.principalId, displayName: 'cid' },
      });
      for (const { assignedAt } of projectPages.nodes) {
        expect(assignedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(Date.parse(assignedAt)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
        expect(Date.parse(assignedAt)).toBeLessThanOrEqual(Date.now());
      }

      const environmentPages = await everyPage(async (after) => (await t.ok(EnvironmentMembersDocument, { id: environmentId, first: 1, after }, t.founder.token)).environment.members);
      expect(environmentPages.pages).toBe(2);
      expect(Object.fromEntries(environmentPages.nodes.map((m) => [m.principalId, m.role]))).toEqual({
        [people[0]!.principalId]: 'ENVIRONMENT_ADMIN',
        [people[1]!.principalId]: 'ENVIRONMENT_READER',
      });
    });

    it('are shown to holders of project.settings.members or, in an environment, its Environment Admins; others are FORBIDDEN', async () => {
      const organizationId = await createOrganization(t, 'Member sight');
      const projectId = await createProject(t, organizationId, 'Ops');
      const environmentId = await createEnvironment(t, projectId, 'prod', 'PRODUCTION');
      const role = async (name: string, projectRole: 'PROJECT_CONTRIBUTOR' | 'PROJECT_MEMBER', environmentRole?: 'ENVIRONMENT_ADMIN' | 'ENVIRONMENT_READER') => {
        const actor = await addUser(t, organizationId, name);
        await assignRole(t, actor.principalId, projectScope(projectId), projectRole);
        if (environmentRole) await assignRole(t, actor.principalId, environmentScope(environmentId), environmentRole);
        return actor;
      };
      const contributor = await role('con', 'PROJECT_CONTRIBUTOR');
      const member = await role('mem', 'PROJECT_MEMBER');
      const environmentAdmin = await role('ead', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN');
      const reader = await role('rea', 'PROJECT_MEMBER', 'ENVIRONMENT_READER');

      expect(Object.keys(await projectMembers(projectId, contributor))).toHaveLength(5);
      expect((await t.ok(EnvironmentMembersDocument, { id: environmentId }, contributor.token)).environment.members.edges).toHaveLength(2);
      expect((await t.ok(EnvironmentMembersDocument, { id: environmentId }, environmentAdmin.token)).environment.members.edges).toHaveLength(2);

      expect(expectRefusal(await t.request(ProjectMembersDocument, { id: projectId }, member.token), 'FORBIDDEN').message).toMatch(/project\.settings\.members/);
      expectRefusal(await t.request(ProjectMembersDocument, { id: projectId }, environmentAdmin.token), 'FORBIDDEN');
      expectRefusal(await t.request(EnvironmentMembersDocument, { id: environmentId }, reader.token), 'FORBIDDEN');
    });
  });
});
