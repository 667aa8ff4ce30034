import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScopeRef } from '../../src/domain/scope.js';
import { CheckDocument, ChecksDocument, EffectivePermissionsDocument, MemberPermissionsDocument, PermissionsDocument, type CheckInput } from '../generated/graphql.js';
import {
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
import { referenceAccess, referenceRow, referenceRows } from '../support/reference-access.js';
import { expectRefusal } from '../support/refusals.js';

/** An organization with a project and its production environment, and people holding roles there. */
interface Scene {
  readonly organization: ScopeRef;
  readonly project: ScopeRef;
  readonly environment: ScopeRef;
  /** Org Contributor, Project Admin of the project, Environment Admin of the environment. */
  readonly lead: Actor;
  readonly contributor: Actor;
  readonly member: Actor;
  readonly orgMember: Actor;
}

describe(`effective permissions and checks over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let scene: Scene;

  beforeAll(async () => {
    const organizationId = await createOrganization(t, 'Permissions');
    const projectId = await createProject(t, organizationId, 'Warehouse');
    const environmentId = await createEnvironment(t, projectId, 'prod', 'PRODUCTION');
    const withProjectRole = async (name: string, role: 'PROJECT_ADMIN' | 'PROJECT_CONTRIBUTOR' | 'PROJECT_MEMBER', orgRole: 'ORG_CONTRIBUTOR' | 'ORG_MEMBER' = 'ORG_MEMBER') => {
      const actor = await addUser(t, organizationId, name, orgRole);
      await assignRole(t, actor.principalId, projectScope(projectId), role);
      return actor;
    };
    const lead = await withProjectRole('lead', 'PROJECT_ADMIN', 'ORG_CONTRIBUTOR');
    await assignRole(t, lead.principalId, environmentScope(environmentId), 'ENVIRONMENT_ADMIN');
    scene = {
      organization: organizationScope(organizationId),
      project: projectScope(projectId),
      environment: environmentScope(environmentId),
      lead,
      contributor: await withProjectRole('contributor', 'PROJECT_CONTRIBUTOR'),
      member: await withProjectRole('member', 'PROJECT_MEMBER'),
      orgMember: await addUser(t, organizationId, 'orgmember'),
    };
  });

  const effective = async (principalId: string, scope: ScopeRef, by: Actor | string = t.founder.token) =>
    (await t.ok(EffectivePermissionsDocument, { principalId, scope }, typeof by === 'string' ? by : by.token)).effectivePermissions;
  const accessByKey = (permissions: readonly { key: string; access: string }[]) => Object.fromEntries(permissions.map((p) => [p.key, p.access]));

  it('publishes the permission catalog: every row of the role tables, in their order', async () => {
    const { permissions } = await t.ok(PermissionsDocument, {}, scene.orgMember.token);
    expect(permissions.map((p) => [p.key, p.level, p.title])).toEqual(referenceRows().map((row) => [row.key, row.level, row.title]));
  });

  describe('effectivePermissions', () => {
    it('lists, at each level, exactly what the role tables give the roles held there and around it', async () => {
      const { lead, organization, project, environment } = scene;
      expect(accessByKey((await effective(lead.principalId, organization)).permissions)).toEqual(referenceAccess('ORGANIZATION', ['ORG_CONTRIBUTOR']));
      expect(accessByKey((await effective(lead.principalId, project)).permissions)).toEqual(referenceAccess('PROJECT', ['PROJECT_ADMIN']));
      expect(accessByKey((await effective(lead.principalId, environment)).permissions)).toEqual(referenceAccess('ENVIRONMENT', ['PROJECT_ADMIN', 'ENVIRONMENT_ADMIN']));
    });

    it('gives every permission its provenance, outermost grant first, and WRITE wins over READ', async () => {
      const { lead, project, environment } = scene;
      const result = await effective(lead.principalId, environment);
      expect(result.principalId).toBe(lead.principalId);
      expect(result.principal).toEqual({ id: lead.principalId, displayName: 'lead' });
      expect(result.scope).toEqual(environment);
      const settings = result.permissions.find((p) => p.key === 'environment.settings')!;
      expect(settings.access).toBe('WRITE');
      expect(settings.grants).toEqual([
        { role: 'PROJECT_ADMIN', access: 'READ', scope: project },
        { role: 'ENVIRONMENT_ADMIN', access: 'WRITE', scope: environment },
      ]);
      const deploy = result.permissions.find((p) => p.key === 'environment.deploy')!;
      expect(deploy).toMatchObject({ access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', access: 'WRITE', scope: environment }] });
      expect(deploy.permission).toEqual({ title: referenceRow('environment.deploy').title, group: 'Environment', level: 'ENVIRONMENT', source: 'ROLEGATE_DECISION' });
    });

    it('are empty for a disabled principal, which holds no access', async () => {
      const { organization, project } = scene;
      const someone = await addUser(t, organization.id, 'sleeper', 'ORG_CONTRIBUTOR');
      await assignRole(t, someone.principalId, project, 'PROJECT_ARCHITECT');
      await disablePrincipal(t, someone.principalId);
      expect((await effective(someone.principalId, project)).permissions).toEqual([]);
    });

    it('are visible to the principal itself, and to holders of project.settings.members over the scope', async () => {
      const { lead, contributor, member, orgMember, organization, project } = scene;
      expect((await effective(orgMember.principalId, organization, orgMember)).permissions.length).toBeGreaterThan(0);
      expect((await effective(member.principalId, project, member)).permissions.map((p) => p.key)).toEqual(Object.keys(referenceAccess('PROJECT', ['PROJECT_MEMBER'])));
      expect(accessByKey((await effective(lead.principalId, project, contributor)).permissions)).toEqual(referenceAccess('PROJECT', ['PROJECT_ADMIN']));
    });

    it('of anyone else are NOT_FOUND, exactly as for a principal that does not exist', async () => {
      const { lead, member, orgMember, organization, project } = scene;
      const asMember = expectRefusal(await t.request(EffectivePermissionsDocument, { principalId: lead.principalId, scope: project }, member.token), 'NOT_FOUND');
      expect(asMember.message).toBe(`No principal with id ${lead.principalId} is visible to you.`);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const asAdmin = expectRefusal(await t.request(EffectivePermissionsDocument, { principalId: unknown, scope: project }, t.founder.token), 'NOT_FOUND');
      expect(asAdmin.message).toBe(`No principal with id ${unknown} is visible to you.`);
      expectRefusal(await t.request(EffectivePermissionsDocument, { principalId: member.principalId, scope: organization }, orgMember.token), 'NOT_FOUND');
    });

    it('are given for each member of a scope alongside its role', async () => {
      const { lead, contributor, member, project } = scene;
      const data = await t.ok(MemberPermissionsDocument, { id: project.id }, t.founder.token);
      const byPrincipal = Object.fromEntries(data.project.members.edges.map((e) => [e.node.principalId, e.node]));
      for (const [actor, role] of [
        [lead, 'PROJECT_ADMIN'],
        [contributor, 'PROJECT_CONTRIBUTOR'],
        [member, 'PROJECT_MEMBER'],
      ] as const) {
        expect(byPrincipal[actor.principalId]!.role).toBe(role);
        expect(byPrincipal[actor.principalId]!.effectivePermissions.scope).toEqual(project);
        expect(accessByKey(byPrincipal[actor.principalId]!.effectivePermissions.permissions)).toEqual(referenceAccess('PROJECT', [role]));
      }
    });
  });

  describe('check', () => {
    const check = async (input: CheckInput, by: Actor | string = t.founder.token) => (await t.ok(CheckDocument, { input }, typeof by === 'string' ? by : by.token)).check;

    it('allows with the grants that allow it', async () => {
      const { lead, environment } = scene;
      const result = await check({ principalId: lead.principalId, permissionKey: 'environment.deploy', access: 'WRITE', scope: environment });
      expect(result).toEqual({
        allowed: true,
        principalId: lead.principalId,
        permissionKey: 'environment.deploy',
        access: 'WRITE',
        scope: environment,
        grants: [{ role: 'ENVIRONMENT_ADMIN', access: 'WRITE', scope: environment }],
        denial: null,
      });
    });

    it('refuses with the reason and a sentence naming the roles involved', async () => {
      const { contributor, member, orgMember, project } = scene;
      const cases: [CheckInput, string, RegExp][] = [
        [{ principalId: contributor.principalId, permissionKey: 'project.settings.members', access: 'WRITE', scope: project }, 'ROLE_GRANTS_READ_ONLY', /Project Contributor at project .* grants project\.settings\.members READ only/],
        [{ principalId: member.principalId, permissionKey: 'project.settings.details', access: 'READ', scope: project }, 'ROLE_DOES_NOT_GRANT', /roles Org Member at organization .* and Project Member at project .* do not grant project\.settings\.details/],
        [{ principalId: orgMember.principalId, permissionKey: 'project.management.list', access: 'READ', scope: project }, 'NO_ROLE_IN_SCOPE', /holds no role at project/],
      ];
      for (const [input, reason, message] of cases) {
        const result = await check(input);
        expect(result.allowed).toBe(false);
        expect(result.grants).toEqual([]);
        expect(result.denial?.reason).toBe(reason);
        expect(result.denial?.message).toMatch(message);
      }
    });

    it('refuses a disabled principal, saying so', async () => {
      const { organization, project } = scene;
      const someone = await addUser(t, organization.id, 'gone');
      await assignRole(t, someone.principalId, project, 'PROJECT_ADMIN');
      await disablePrincipal(t, someone.principalId);
      const result = await check({ principalId: someone.principalId, permissionKey: 'project.settings.details', access: 'READ', scope: project });
      expect(result.denial).toEqual({ reason: 'PRINCIPAL_DISABLED', message: `Principal ${someone.principalId} is disabled and holds no access.` });
    });

    it('answers a batch in order, each with its explanation', async () => {
      const { lead, member, project, environment } = scene;
      const inputs: CheckInput[] = [
        { principalId: member.principalId, permissionKey: 'project.docs.project-documentation', access: 'READ', scope: project },
        { principalId: lead.principalId, permissionKey: 'environment.refresh', access: 'WRITE', scope: environment },
        { principalId: member.principalId, permissionKey: 'environment.deployments', access: 'READ', scope: environment },
        { principalId: lead.principalId, permissionKey: 'project.settings.members', access: 'WRITE', scope: environment },
      ];
      const results = (await t.ok(ChecksDocument, { inputs }, t.founder.token)).checks;
      expect(results.map((r) => [r.principalId, r.permissionKey, r.access, r.allowed])).toEqual(inputs.map((input, i) => [input.principalId, input.permissionKey, input.access, i !== 2]));
      expect(results[2]!.denial?.reason).toBe('NO_ROLE_IN_SCOPE');
      // A project permission asked at an environment is answered by the roles of its project.
      expect(results[3]!.grants).toEqual([{ role: 'PROJECT_ADMIN', access: 'WRITE', scope: project }]);
      expect(results.map((r) => r.scope)).toEqual(inputs.map((input) => input.scope));
    });

    it('refuses a whole batch for one question it may not ask, and batches of 0 or more than 200 (BAD_USER_INPUT)', async () => {
      const { lead, member, project } = scene;
      const fine: CheckInput = { principalId: member.principalId, permissionKey: 'project.docs.project-documentation', access: 'READ', scope: project };
      const hidden: CheckInput = { ...fine, principalId: lead.principalId };
      expectRefusal(await t.request(ChecksDocument, { inputs: [fine, hidden] }, member.token), 'NOT_FOUND');
      expect(expectRefusal(await t.request(ChecksDocument, { inputs: [] }, t.founder.token), 'BAD_USER_INPUT').message).toMatch(/1 to 200 checks; got 0/);
      const tooMany = Array.from({ length: 201 }, () => fine);
      expect(expectRefusal(await t.request(ChecksDocument, { inputs: tooMany }, t.founder.token), 'BAD_USER_INPUT').extensions).toMatchObject({ count: 201 });
      expect((await t.ok(ChecksDocument, { inputs: tooMany.slice(1) }, t.founder.token)).checks).toHaveLength(200);
    });
  });
});
