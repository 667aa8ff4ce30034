import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessEventsDocument,
  AccessibleScopesDocument,
  AddMemberDocument,
  ApiTokensDocument,
  AssignRoleDocument,
  CheckDocument,
  CreateApiTokenDocument,
  CreateEnvironmentDocument,
  CreateOrganizationDocument,
  CreateProjectDocument,
  EffectivePermissionsDocument,
  EnvironmentDocument,
  LicenseUsageDocument,
  OrganizationDocument,
  OrganizationMembersDocument,
  OrganizationsDocument,
  ProjectDocument,
  RemoveMemberDocument,
  RevokeApiTokenDocument,
  RevokeRoleDocument,
  WhoCanDocument,
  type EnvironmentTier,
  type Role,
} from '../generated/graphql.js';
import { createEnvironment, createProject, environmentScope, organizationScope, projectScope } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
import { type GraphQLResponse, type TestGateway, useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

/** Known-good ids of the founder's organization, so each case breaks exactly one input. */
interface Ids {
  readonly organizationId: string;
  readonly projectId: string;
  readonly environmentId: string;
  readonly adminId: string;
}

type Case = readonly [name: string, send: (t: TestGateway, ids: Ids) => Promise<GraphQLResponse<unknown>>, message: RegExp];

const NOT_AN_ID = 'not-a-uuid';

/** A cursor of the right kind and encoding whose position no list ever issued. */
const forged = (kind: 'principal' | 'scope' | 'token' | 'event'): string => Buffer.from(JSON.stringify({ k: kind, id: 'x' })).toString('base64url');

/** Every operation, each with one malformed input. */
const CASES: readonly Case[] = [
  ['organization with a malformed id', (t) => t.request(OrganizationDocument, { id: NOT_AN_ID }, t.founder.token), /id is not a valid id/],
  ['project with a malformed id', (t) => t.request(ProjectDocument, { id: NOT_AN_ID }, t.founder.token), /id is not a valid id/],
  ['environment with a malformed id', (t) => t.request(EnvironmentDocument, { id: "1' or '1'='1" }, t.founder.token), /id is not a valid id/],
  ['organizations with a page size of 0', (t) => t.request(OrganizationsDocument, { first: 0 }, t.founder.token), /"first" must be a whole number from 1 to 500/],
  ['organization members with a page size of 501', (t, ids) => t.request(OrganizationMembersDocument, { id: ids.organizationId, first: 501 }, t.founder.token), /from 1 to 500; got 501/],
  ['organizations after a cursor it never issued', (t) => t.request(OrganizationsDocument, { after: 'bm90LWEtY3Vyc29y' }, t.founder.token), /not one this list issued/],
  [
    'effectivePermissions of a malformed principal id',
    (t, ids) => t.request(EffectivePermissionsDocument, { principalId: NOT_AN_ID, scope: organizationScope(ids.organizationId) }, t.founder.token),
    /principalId is not a valid id/,
  ],
  [
    'effectivePermissions at a malformed scope id',
    (t, ids) => t.request(EffectivePermissionsDocument, { principalId: ids.adminId, scope: projectScope(NOT_AN_ID) }, t.founder.token),
    /scope\.id is not a valid id/,
  ],
  [
    'check of an unknown permission',
    (t, ids) => t.request(CheckDocument, { input: { principalId: ids.adminId, permissionKey: 'environment.launch', access: 'WRITE', scope: environmentScope(ids.environmentId) } }, t.founder.token),
    /Unknown permission key "environment\.launch"/,
  ],
  [
    'check of an environment permission at a project',
    (t, ids) => t.request(CheckDocument, { input: { principalId: ids.adminId, permissionKey: 'environment.deploy', access: 'WRITE', scope: projectScope(ids.projectId) } }, t.founder.token),
    /environment\.deploy is an environment permission; it cannot be asked at project/,
  ],
  [
    'whoCan with a page size of 501',
    (t, ids) => t.request(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(ids.environmentId), first: 501 }, t.founder.token),
    /from 1 to 500/,
  ],
  [
    'whoCan after a cursor of another list',
    async (t, ids) => {
      const organizations = await t.ok(OrganizationsDocument, { first: 1 }, t.founder.token);
      const foreign = organizations.organizations.pageInfo.endCursor!;
      return t.request(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(ids.environmentId), after: foreign }, t.founder.token);
    },
    /not one this list issued/,
  ],
  [
    'accessibleScopes in a malformed organization id',
    (t, ids) => t.request(AccessibleScopesDocument, { principalId: ids.adminId, organizationId: NOT_AN_ID, permissionKey: 'environment.deploy', access: 'WRITE' }, t.founder.token),
    /organizationId is not a valid id/,
  ],
  ['licenseUsage of a malformed organization id', (t) => t.request(LicenseUsageDocument, { organizationId: NOT_AN_ID }, t.founder.token), /organizationId is not a valid id/],
  ['accessEvents after a negative revision', (t, ids) => t.request(AccessEventsDocument, { organizationId: ids.organizationId, afterRevision: -1 }, t.founder.token), /afterRevision must be a non-negative integer/],
  [
    'accessEvents by a malformed principal id',
    (t, ids) => t.request(AccessEventsDocument, { organizationId: ids.organizationId, principalId: NOT_AN_ID }, t.founder.token),
    /principalId is not a valid id/,
  ],
  ['organizations after a forged cursor', (t) => t.request(OrganizationsDocument, { after: forged('scope') }, t.founder.token), /not one this list issued/],
  ['organization members after a forged cursor', (t, ids) => t.request(OrganizationMembersDocument, { id: ids.organizationId, after: forged('principal') }, t.founder.token), /not one this list issued/],
  [
    'whoCan after a forged cursor',
    (t, ids) => t.request(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: environmentScope(ids.environmentId), after: forged('principal') }, t.founder.token),
    /not one this list issued/,
  ],
  [
    'accessibleScopes after a forged cursor',
    (t, ids) =>
      t.request(AccessibleScopesDocument, { principalId: ids.adminId, organizationId: ids.organizationId, permissionKey: 'environment.deploy', access: 'WRITE', after: forged('scope') }, t.founder.token),
    /not one this list issued/,
  ],
  ['API tokens after a forged cursor', (t) => t.request(ApiTokensDocument, { after: forged('token') }, t.founder.token), /not one this list issued/],
  ['accessEvents after a forged cursor', (t, ids) => t.request(AccessEventsDocument, { organizationId: ids.organizationId, after: forged('event') }, t.founder.token), /not one this list issued/],
  ['createOrganization with a blank name', (t) => t.request(CreateOrganizationDocument, { name: '   ' }, t.founder.token), /name must be 1 to 200 characters long/],
  ['createOrganization with a name of 201 characters', (t) => t.request(CreateOrganizationDocument, { name: 'x'.repeat(201) }, t.founder.token), /name must be 1 to 200 characters long/],
  ['createProject in a malformed organization id', (t) => t.request(CreateProjectDocument, { organizationId: NOT_AN_ID, name: 'P' }, t.founder.token), /organizationId is not a valid id/],
  ['createProject with an empty name', (t, ids) => t.request(CreateProjectDocument, { organizationId: ids.organizationId, name: '' }, t.founder.token), /name must be 1 to 200/],
  ['createEnvironment in a malformed project id', (t) => t.request(CreateEnvironmentDocument, { projectId: NOT_AN_ID, name: 'e', tier: 'QA' }, t.founder.token), /projectId is not a valid id/],
  [
    'createEnvironment of an unknown tier',
    (t, ids) => t.request(CreateEnvironmentDocument, { projectId: ids.projectId, name: 'e', tier: 'STAGING' as EnvironmentTier }, t.founder.token),
    /STAGING/,
  ],
  ['addMember with a malformed email', (t, ids) => t.request(AddMemberDocument, { organizationId: ids.organizationId, email: 'ada at acme', displayName: 'Ada' }, t.founder.token), /email is not an email address/],
  [
    'addMember with a blank display name',
    (t, ids) => t.request(AddMemberDocument, { organizationId: ids.organizationId, email: 'new@acme.test', displayName: ' ' }, t.founder.token),
    /displayName must be 1 to 200/,
  ],
  ['addMember to a malformed organization id', (t) => t.request(AddMemberDocument, { organizationId: NOT_AN_ID, email: 'new@acme.test', displayName: 'New' }, t.founder.token), /organizationId is not a valid id/],
  [
    'addMember with an unknown role',
    (t, ids) => t.request(AddMemberDocument, { organizationId: ids.organizationId, email: 'new@acme.test', displayName: 'New', role: 'ORG_OWNER' as Role }, t.founder.token),
    /ORG_OWNER/,
  ],
  [
    'assignRole to a malformed principal id',
    (t, ids) => t.request(AssignRoleDocument, { principalId: NOT_AN_ID, scope: projectScope(ids.projectId), role: 'PROJECT_MEMBER' }, t.founder.token),
    /principalId is not a valid id/,
  ],
  [
    'assignRole at a malformed scope id',
    (t, ids) => t.request(AssignRoleDocument, { principalId: ids.adminId, scope: environmentScope(NOT_AN_ID), role: 'ENVIRONMENT_ADMIN' }, t.founder.token),
    /scope\.id is not a valid id/,
  ],
  ['revokeRole at a malformed scope id', (t, ids) => t.request(RevokeRoleDocument, { principalId: ids.adminId, scope: projectScope('') }, t.founder.token), /scope\.id is not a valid id/],
  ['removeMember from a malformed organization id', (t, ids) => t.request(RemoveMemberDocument, { organizationId: NOT_AN_ID, principalId: ids.adminId }, t.founder.token), /organizationId is not a valid id/],
  ['createApiToken with a blank name', (t) => t.request(CreateApiTokenDocument, { name: '' }, t.founder.token), /name must be 1 to 200/],
  ['createApiToken expiring at a time that is not one', (t) => t.request(CreateApiTokenDocument, { name: 'x', expiresAt: 'tomorrow' }, t.founder.token), /expiresAt|DateTimeISO/],
  ['createApiToken expiring in the past', (t) => t.request(CreateApiTokenDocument, { name: 'x', expiresAt: new Date(Date.now() - 60_000).toISOString() }, t.founder.token), /expiresAt must be a time in the future/],
  ['revokeApiToken of a malformed id', (t) => t.request(RevokeApiTokenDocument, { id: NOT_AN_ID }, t.founder.token), /id is not a valid id/],
];

describe(`malformed ids and inputs over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let ids: Ids;

  beforeAll(async () => {
    const projectId = await createProject(t, t.founder.organizationId, 'Valid');
    ids = { organizationId: t.founder.organizationId, projectId, environmentId: await createEnvironment(t, projectId, 'valid', 'QA'), adminId: t.founder.adminId };
  });

  it.each(CASES)('refuses %s with BAD_USER_INPUT, saying what is wrong, and changes nothing', async (_name, send, message) => {
    const before = await footprintOf(t.database.db);
    const error = expectRefusal(await send(t, ids), 'BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(await footprintOf(t.database.db)).toEqual(before);
  });
});
