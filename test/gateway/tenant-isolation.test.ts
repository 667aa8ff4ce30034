import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.js';
import { bootstrapOrganization } from '../../src/services/bootstrap-service.js';
import {
  AccessEventsDocument,
  AccessibleScopesDocument,
  AddMemberDocument,
  ApiTokensDocument,
  AssignRoleDocument,
  CheckDocument,
  ChecksDocument,
  CreateEnvironmentDocument,
  CreateProjectDocument,
  EffectivePermissionsDocument,
  EnvironmentDocument,
  EnvironmentMembersDocument,
  LicenseUsageDocument,
  OrganizationDocument,
  OrganizationMembersDocument,
  OrganizationsDocument,
  ProjectDocument,
  ProjectMembersDocument,
  RemoveMemberDocument,
  RevokeApiTokenDocument,
  RevokeRoleDocument,
  WhoCanDocument,
} from '../generated/graphql.js';
import { addUser, assignRole, createEnvironment, createProject, environmentScope, founderOf, organizationScope, projectScope, type Actor } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { eventLogOf } from '../support/event-log.js';
import { footprintOf } from '../support/footprint.js';
import { type GraphQLResponse, useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

/** One organization's scopes and people, as the other organization must never see them. */
interface Tenant {
  readonly organizationId: string;
  readonly projectId: string;
  readonly environmentId: string;
  readonly admin: Actor;
  /** A member holding Project Admin and Environment Admin. */
  readonly member: Actor;
}

type Attempt = readonly [name: string, send: (outsider: Actor) => Promise<GraphQLResponse<unknown>>, hiddenId: (b: Tenant) => string];

describe(`two organizations on one gateway (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let a: Tenant;
  let b: Tenant;

  const tenant = async (admin: Actor, organizationId: string): Promise<Tenant> => {
    const projectId = await createProject(t, organizationId, 'Shared name', admin);
    const environmentId = await createEnvironment(t, projectId, 'prod', 'PRODUCTION', admin);
    const member = await addUser(t, organizationId, 'member', 'ORG_CONTRIBUTOR', admin);
    await assignRole(t, member.principalId, projectScope(projectId), 'PROJECT_ADMIN', admin);
    await assignRole(t, member.principalId, environmentScope(environmentId), 'ENVIRONMENT_ADMIN', admin);
    return { organizationId, projectId, environmentId, admin, member };
  };

  beforeAll(async () => {
    a = await tenant(founderOf(t), t.founder.organizationId);
    const other = await bootstrapOrganization(t.database.db.fork(), { organizationName: 'Globex', adminEmail: 'hank@globex.test', adminName: 'Hank' });
    b = await tenant({ principalId: other.adminId, token: other.token }, other.organizationId);
  });

  /** Everything a member of A might try against B; each hidden thing must be NOT_FOUND, naming only the id asked for. */
  const ATTEMPTS: readonly Attempt[] = [
    ['organization(B)', (o) => t.request(OrganizationDocument, { id: b.organizationId }, o.token), () => b.organizationId],
    ['organization(B).members', (o) => t.request(OrganizationMembersDocument, { id: b.organizationId }, o.token), () => b.organizationId],
    ['project(B)', (o) => t.request(ProjectDocument, { id: b.projectId }, o.token), () => b.projectId],
    ['project(B).members', (o) => t.request(ProjectMembersDocument, { id: b.projectId }, o.token), () => b.projectId],
    ['environment(B)', (o) => t.request(EnvironmentDocument, { id: b.environmentId }, o.token), () => b.environmentId],
    ['environment(B).members', (o) => t.request(EnvironmentMembersDocument, { id: b.environmentId }, o.token), () => b.environmentId],
    ["B's member's effective permissions in B", (o) => t.request(EffectivePermissionsDocument, { principalId: b.member.principalId, scope: projectScope(b.projectId) }, o.token), () => b.projectId],
    ['its own effective permissions in B', (o) => t.request(EffectivePermissionsDocument, { principalId: o.principalId, scope: organizationScope(b.organizationId) }, o.token), () => b.organizationId],
    ["its own effective permissions at B's project", (o) => t.request(EffectivePermissionsDocument, { principalId: o.principalId, scope: projectScope(b.projectId) }, o.token), () => b.projectId],
    [
      "B's member's effective permissions in A",
      (o) => t.request(EffectivePermissionsDocument, { principalId: b.member.principalId, scope: organizationScope(a.organizationId) }, o.token),
      () => b.member.principalId,
    ],
    [
      'a check in B',
      (o) => t.request(CheckDocument, { input: { principalId: o.principalId, permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(b.environmentId) } }, o.token),
      () => b.environmentId,
    ],
    [
      "a check of B's member in A, within a batch",
      (o) =>
        t.request(
          ChecksDocument,
          {
            inputs: [
              { principalId: o.principalId, permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(a.environmentId) },
              { principalId: b.member.principalId, permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(a.environmentId) },
            ],
          },
          o.token,
        ),
      () => b.member.principalId,
    ],
    ['whoCan in B', (o) => t.request(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(b.environmentId) }, o.token), () => b.environmentId],
    [
      'accessibleScopes of itself in B',
      (o) => t.request(AccessibleScopesDocument, { principalId: o.principalId, organizationId: b.organizationId, permissionKey: 'environment.deploy', access: 'WRITE' }, o.token),
      () => b.organizationId,
    ],
    [
      "accessibleScopes of B's member in A",
      (o) => t.request(AccessibleScopesDocument, { principalId: b.member.principalId, organizationId: a.organizationId, permissionKey: 'environment.deploy', access: 'WRITE' }, o.token),
      () => b.member.principalId,
    ],
    ['licenseUsage(B)', (o) => t.request(LicenseUsageDocument, { organizationId: b.organizationId }, o.token), () => b.organizationId],
    ['accessEvents(B)', (o) => t.request(AccessEventsDocument, { organizationId: b.organizationId }, o.token), () => b.organizationId],
    ['addMember to B', (o) => t.request(AddMemberDocument, { organizationId: b.organizationId, email: 'spy@acme.test', displayName: 'Spy' }, o.token), () => b.organizationId],
    ['createProject in B', (o) => t.request(CreateProjectDocument, { organizationId: b.organizationId, name: 'Spy' }, o.token), () => b.organizationId],
    ['createEnvironment in B', (o) => t.request(CreateEnvironmentDocument, { projectId: b.projectId, name: 'spy', tier: 'QA' }, o.token), () => b.projectId],
    [
      'assignRole in B',
      (o) => t.request(AssignRoleDocument, { principalId: b.member.principalId, scope: projectScope(b.projectId), role: 'PROJECT_MEMBER' }, o.token),
      () => b.projectId,
    ],
    [
      "assignRole in A to B's member",
      (o) => t.request(AssignRoleDocument, { principalId: b.member.principalId, scope: projectScope(a.projectId), role: 'PROJECT_MEMBER' }, o.token),
      () => b.member.principalId,
    ],
    ['revokeRole in B', (o) => t.request(RevokeRoleDocument, { principalId: b.member.principalId, scope: environmentScope(b.environmentId) }, o.token), () => b.environmentId],
    ['removeMember from B', (o) => t.request(RemoveMemberDocument, { organizationId: b.organizationId, principalId: b.member.principalId }, o.token), () => b.organizationId],
    ["removeMember of B's member from A", (o) => t.request(RemoveMemberDocument, { organizationId: a.organizationId, principalId: b.member.principalId }, o.token), () => b.member.principalId],
  ];

  for (const [outsiderName, outsider] of [
    ['the Org Admin of A', () => a.admin],
    ['a Project and Environment Admin of A', () => a.member],
  ] as const) {
    describe(`${outsiderName} asking about B`, () => {
      it.each(ATTEMPTS)('gets NOT_FOUND for %s, worded as for an id that does not exist, and changes nothing', async (_name, send, hiddenId) => {
        const before = await footprintOf(t.database.db);
        const error = expectRefusal(await send(outsider()), 'NOT_FOUND');
        const id = hiddenId(b);
        expect(error.message).toMatch(new RegExp(`^No (organization|project|environment|principal) with id ${id} is visible to you\\.$`));
        expect(JSON.stringify(error.extensions)).not.toMatch(new RegExp([b.organizationId, b.projectId, b.environmentId, b.member.principalId, b.admin.principalId].filter((x) => x !== id).join('|')));
        expect(await footprintOf(t.database.db)).toEqual(before);
      });
    });
  }

  it('answers a hidden id exactly as an id that does not exist', async () => {
    const unknown = newId();
    const hidden = expectRefusal(await t.request(ProjectDocument, { id: b.projectId }, a.admin.token), 'NOT_FOUND');
    const missing = expectRefusal(await t.request(ProjectDocument, { id: unknown }, a.admin.token), 'NOT_FOUND');
    expect(hidden.message.replace(b.projectId, '<id>')).toBe(missing.message.replace(unknown, '<id>'));
    expect({ ...hidden.extensions, id: '<id>' }).toEqual({ ...missing.extensions, id: '<id>' });
  });

  it('lists only A in organizations, and nothing of B in A’s look-ups and log', async () => {
    const organizations = await t.ok(OrganizationsDocument, {}, a.admin.token);
    expect(organizations.organizations.edges.map((e) => e.node.id)).toEqual([a.organizationId]);
    const whoCan = await t.ok(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(a.environmentId) }, a.admin.token);
    expect(whoCan.whoCan.edges.map((e) => e.node.principalId).sort()).toEqual([a.admin.principalId, a.member.principalId].sort());
    const license = await t.ok(LicenseUsageDocument, { organizationId: a.organizationId }, a.admin.token);
    expect([...license.licenseUsage.seats, ...license.licenseUsage.readOnly].map((s) => s.principalId)).not.toContain(b.member.principalId);
    const log = JSON.stringify(await eventLogOf(t, a.organizationId, a.admin.token));
    for (const id of [b.organizationId, b.projectId, b.environmentId, b.member.principalId, b.admin.principalId]) expect(log).not.toContain(id);
    const filtered = await t.ok(AccessEventsDocument, { organizationId: a.organizationId, principalId: b.member.principalId }, a.admin.token);
    expect(filtered.accessEvents.edges).toEqual([]);
  });

  it("never lets A revoke or see B's API tokens", async () => {
    const theirs = await t.ok(ApiTokensDocument, {}, b.admin.token);
    const tokenId = theirs.viewer.apiTokens.edges[0]!.node.id;
    const error = expectRefusal(await t.request(RevokeApiTokenDocument, { id: tokenId }, a.admin.token), 'NOT_FOUND');
    expect(error.message).toBe(`No API token with id ${tokenId} is visible to you.`);
    const ours = await t.ok(ApiTokensDocument, {}, a.admin.token);
    expect(ours.viewer.apiTokens.edges.map((e) => e.node.id)).not.toContain(tokenId);
  });

  it('lets the same user belong to both, seeing in each only what its roles there allow', async () => {
    const email = 'both@shared.test';
    const joinedA = await t.ok(AddMemberDocument, { organizationId: a.organizationId, email, displayName: 'Both' }, a.admin.token);
    const principalId = joinedA.addMember.member.principal.id;
    const token = joinedA.addMember.member.initialToken!.token;
    await t.ok(AddMemberDocument, { organizationId: b.organizationId, email, displayName: 'Both' }, b.admin.token);
    const organizations = await t.ok(OrganizationsDocument, {}, token);
    expect(organizations.organizations.edges.map((e) => e.node.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
    expectRefusal(await t.request(ProjectDocument, { id: b.projectId }, token), 'NOT_FOUND');
    const asAdminOfA = expectRefusal(await t.request(EffectivePermissionsDocument, { principalId, scope: organizationScope(b.organizationId) }, a.admin.token), 'NOT_FOUND');
    expect(asAdminOfA.message).toBe(`No organization with id ${b.organizationId} is visible to you.`);
  });
});
