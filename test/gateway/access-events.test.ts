import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/domain/errors.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import {
  AccessEventsDocument,
  AddMemberDocument,
  AssignRoleDocument,
  CreateApiTokenDocument,
  CreateEnvironmentDocument,
  CreateOrganizationDocument,
  CreateProjectDocument,
  RemoveMemberDocument,
  RevokeApiTokenDocument,
  type Role,
} from '../generated/graphql.js';
import { addUser, createEnvironment, createOrganization, createProject, environmentScope, founderOf, organizationScope, projectScope, uniqueEmail } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { eventLogOf, storedEvents, type LoggedEvent } from '../support/event-log.js';
import { footprintOf } from '../support/footprint.js';
import { type GraphQLResponse, useTestGateway } from '../support/gateway.js';
import { everyPage } from '../support/pages.js';
import { expectRefusal } from '../support/refusals.js';

type Expected = Partial<Omit<LoggedEvent, 'revision'>> & { kind: LoggedEvent['kind'] };

describe(`the access event log over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  /** The fields of an event a reader relies on, with absent values as null. */
  const factsOf = (event: LoggedEvent) => ({
    kind: event.kind,
    principalId: event.principalId ?? null,
    scopeLevel: event.scopeLevel ?? null,
    scopeId: event.scopeId ?? null,
    projectId: event.projectId ?? null,
    environmentId: event.environmentId ?? null,
    oldRole: event.oldRole ?? null,
    newRole: event.newRole ?? null,
    cascade: event.cascade,
  });
  const expectedFacts = (expected: Expected) => ({
    principalId: null,
    scopeLevel: null,
    scopeId: null,
    projectId: null,
    environmentId: null,
    oldRole: null,
    newRole: null,
    cascade: false,
    ...expected,
  });

  it('records every change of access with its kind, scope, roles and actor, at the revision the mutation returned', async () => {
    const founder = founderOf(t);
    const expected = new Map<number, Expected[]>();

    const organization = (await t.ok(CreateOrganizationDocument, { name: 'Audited' }, founder.token)).createOrganization;
    const organizationId = organization.organization.id;
    const org = { scopeLevel: 'ORGANIZATION', scopeId: organizationId } as const;
    expected.set(organization.revision, [{ kind: 'ORGANIZATION_CREATED', ...org }, { kind: 'MEMBER_ADDED', principalId: founder.principalId, ...org, newRole: 'ORG_ADMIN' }]);

    const added = (await t.ok(AddMemberDocument, { organizationId, email: uniqueEmail('una'), displayName: 'Una' }, founder.token)).addMember;
    const una = added.member.principal.id;
    expected.set(added.revision, [{ kind: 'MEMBER_ADDED', principalId: una, ...org, newRole: 'ORG_MEMBER' }]);

    const project = (await t.ok(CreateProjectDocument, { organizationId, name: 'Ledger' }, founder.token)).createProject;
    const projectId = project.project.id;
    const inProject = { scopeLevel: 'PROJECT', scopeId: projectId, projectId } as const;
    expected.set(project.revision, [{ kind: 'PROJECT_CREATED', ...inProject }, { kind: 'ROLE_ASSIGNED', principalId: founder.principalId, ...inProject, newRole: 'PROJECT_ADMIN' }]);

    const environment = (await t.ok(CreateEnvironmentDocument, { projectId, name: 'prod', tier: 'PRODUCTION' }, founder.token)).createEnvironment;
    const environmentId = environment.environment.id;
    const inEnvironment = { scopeLevel: 'ENVIRONMENT', scopeId: environmentId, projectId, environmentId } as const;
    expected.set(environment.revision, [{ kind: 'ENVIRONMENT_CREATED', ...inEnvironment }]);

    const assign = async (scope: ScopeRef, role: Role) => (await t.ok(AssignRoleDocument, { principalId: una, scope, role }, founder.token)).assignRole.revision;
    expected.set(await assign(projectScope(projectId), 'PROJECT_MEMBER'), [{ kind: 'ROLE_ASSIGNED', principalId: una, ...inProject, newRole: 'PROJECT_MEMBER' }]);
    expected.set(await assign(environmentScope(environmentId), 'ENVIRONMENT_READER'), [{ kind: 'ROLE_ASSIGNED', principalId: una, ...inEnvironment, newRole: 'ENVIRONMENT_READER' }]);
    expected.set(await assign(projectScope(projectId), 'PROJECT_CONTRIBUTOR'), [
      { kind: 'ROLE_CHANGED', principalId: una, ...inProject, oldRole: 'PROJECT_MEMBER', newRole: 'PROJECT_CONTRIBUTOR' },
    ]);
    expected.set(await assign(organizationScope(organizationId), 'ORG_CONTRIBUTOR'), [
      { kind: 'ROLE_CHANGED', principalId: una, ...org, oldRole: 'ORG_MEMBER', newRole: 'ORG_CONTRIBUTOR' },
    ]);

    const removed = (await t.ok(RemoveMemberDocument, { organizationId, principalId: una }, founder.token)).removeMember;
    expected.set(removed.revision, [
      { kind: 'MEMBER_REMOVED', principalId: una, ...org, oldRole: 'ORG_CONTRIBUTOR' },
      { kind: 'ROLE_REVOKED', principalId: una, ...inProject, oldRole: 'PROJECT_CONTRIBUTOR', cascade: true },
      { kind: 'ROLE_REVOKED', principalId: una, ...inEnvironment, oldRole: 'ENVIRONMENT_READER', cascade: true },
    ]);

    const log = await eventLogOf(t, organizationId, founder.token);
    const revisions = [...expected.keys()];
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(log.map((e) => e.revision)).toEqual([...expected.entries()].flatMap(([revision, events]) => events.map(() => revision)));
    expect(log.map(factsOf)).toEqual([...expected.values()].flat().map(expectedFacts));
    expect(log.every((e) => e.actorId === founder.principalId)).toBe(true);
    expect(log.every((e) => new Date(e.occurredAt).getTime() <= Date.now())).toBe(true);

    for (const revision of revisions) {
      const ofRevision = log.filter((e) => e.revision === revision);
      expect(new Set(ofRevision.map((e) => e.changeId)).size).toBe(1);
      expect(ofRevision.map((e) => e.sequence)).toEqual([...ofRevision.map((e) => e.sequence)].sort((a, b) => a - b));
      expect(new Set(ofRevision.map((e) => e.occurredAt)).size).toBe(1);
    }
    expect(new Set(log.map((e) => e.changeId)).size).toBe(revisions.length);
  });

  it('numbers revisions without gaps across the whole database, each change’s events 0..n-1 under one change id', async () => {
    await addUser(t, t.founder.organizationId, 'gap');
    const stored = await storedEvents(t.database.db);
    const revisions = [...new Set(stored.map((e) => e.revision))];
    expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, i) => i + 1));
    for (const revision of revisions) {
      const ofRevision = stored.filter((e) => e.revision === revision);
      expect(ofRevision.map((e) => e.sequence)).toEqual(ofRevision.map((_, i) => i));
      expect(new Set(ofRevision.map((e) => e.changeId)).size).toBe(1);
    }
  });

  it('records token creation and revocation for their owner, outside every organization’s log', async () => {
    const created = (await t.ok(CreateApiTokenDocument, { name: 'audited' }, t.founder.token)).createApiToken;
    const revoked = (await t.ok(RevokeApiTokenDocument, { id: created.created.apiToken.id }, t.founder.token)).revokeApiToken;
    expect([created.changes, revoked.changes]).toEqual([[], []]);
    expect(revoked.revision).toBe(created.revision + 1);
    const stored = (await storedEvents(t.database.db)).filter((e) => e.revision >= created.revision);
    expect(stored).toEqual([
      expect.objectContaining({ revision: created.revision, kind: 'TOKEN_CREATED', organizationId: null, principalId: t.founder.adminId, actorId: t.founder.adminId, tokenId: created.created.apiToken.id }),
      expect.objectContaining({ revision: revoked.revision, kind: 'TOKEN_REVOKED', organizationId: null, principalId: t.founder.adminId, actorId: t.founder.adminId, tokenId: created.created.apiToken.id }),
    ]);
    const log = await eventLogOf(t, t.founder.organizationId, t.founder.token, created.revision - 1);
    expect(log).toEqual([]);
  });

  it('reads from a revision on, a page at a time, and by project, environment or principal', async () => {
    const organizationId = await createOrganization(t, 'Paged log');
    const projectId = await createProject(t, organizationId, 'P');
    const environmentId = await createEnvironment(t, projectId, 'e', 'QA');
    const user = await addUser(t, organizationId, 'pip');
    const from = (await t.ok(AssignRoleDocument, { principalId: user.principalId, scope: projectScope(projectId), role: 'PROJECT_MEMBER' }, t.founder.token)).assignRole.revision;
    const last = (await t.ok(AssignRoleDocument, { principalId: user.principalId, scope: environmentScope(environmentId), role: 'ENVIRONMENT_READER' }, t.founder.token)).assignRole.revision;

    const all = await eventLogOf(t, organizationId, t.founder.token);
    expect(await eventLogOf(t, organizationId, t.founder.token, from - 1)).toEqual(all.filter((e) => e.revision >= from));
    expect((await eventLogOf(t, organizationId, t.founder.token, last)).length).toBe(0);

    const paged = await everyPage(async (after) => (await t.ok(AccessEventsDocument, { organizationId, first: 2, after }, t.founder.token)).accessEvents);
    expect(paged.nodes).toEqual(all);
    expect(paged.pages).toBe(Math.ceil(all.length / 2));

    const filtered = async (filter: { projectId?: string; environmentId?: string; principalId?: string }) =>
      (await t.ok(AccessEventsDocument, { organizationId, first: 500, ...filter }, t.founder.token)).accessEvents.edges.map((e) => e.node);
    expect(await filtered({ projectId })).toEqual(all.filter((e) => e.projectId === projectId));
    expect(await filtered({ environmentId })).toEqual(all.filter((e) => e.environmentId === environmentId));
    expect((await filtered({ principalId: user.principalId })).map((e) => e.kind)).toEqual(['MEMBER_ADDED', 'ROLE_ASSIGNED', 'ROLE_ASSIGNED']);
  });

  it('is read by Org Admins only (FORBIDDEN for other members)', async () => {
    const member = await addUser(t, t.founder.organizationId, 'nosy', 'ORG_CONTRIBUTOR');
    const refused = expectRefusal(await t.request(AccessEventsDocument, { organizationId: t.founder.organizationId }, member.token), 'FORBIDDEN');
    expect(refused.message).toMatch(/org\.settings\.users/);
  });

  it('gains nothing from a refused mutation: no row, no revision, and the next change takes the next revision', async () => {
    const founder = founderOf(t);
    const organizationId = await createOrganization(t, 'Refusals leave no trace');
    const projectId = await createProject(t, organizationId, 'P');
    const environmentId = await createEnvironment(t, projectId, 'e', 'UAT');
    const member = await addUser(t, organizationId, 'rex');
    const orgMember = await addUser(t, organizationId, 'ria');
    const hiddenProject = await createProject(t, await createOrganization(t, 'Elsewhere'), 'Hidden');
    const token = (await t.ok(CreateApiTokenDocument, { name: 'spent' }, founder.token)).createApiToken;
    await t.ok(RevokeApiTokenDocument, { id: token.created.apiToken.id }, founder.token);
    const lastRevision = (await t.ok(AssignRoleDocument, { principalId: member.principalId, scope: organizationScope(organizationId), role: 'ORG_CONTRIBUTOR' }, founder.token)).assignRole.revision;

    const before = await footprintOf(t.database.db);
    const refusals: [string, () => Promise<GraphQLResponse<unknown>>, ErrorCode][] = [
      ['a new user added by a non-admin', () => t.request(AddMemberDocument, { organizationId, email: uniqueEmail('new'), displayName: 'New' }, member.token), 'FORBIDDEN'],
      ['an existing member added again', () => t.request(AddMemberDocument, { organizationId, email: 'ada@acme.test', displayName: 'Ada' }, founder.token), 'CONFLICT'],
      ['the last Org Admin removed', () => t.request(RemoveMemberDocument, { organizationId, principalId: founder.principalId }, founder.token), 'CONFLICT'],
      [
        'an environment role without a project role',
        () => t.request(AssignRoleDocument, { principalId: member.principalId, scope: environmentScope(environmentId), role: 'ENVIRONMENT_READER' }, founder.token),
        'BAD_USER_INPUT',
      ],
      ['an environment in a hidden organization’s project', () => t.request(CreateEnvironmentDocument, { projectId: hiddenProject, name: 'x', tier: 'QA' }, member.token), 'NOT_FOUND'],
      ['a project created without the permission', () => t.request(CreateProjectDocument, { organizationId, name: 'x' }, orgMember.token), 'FORBIDDEN'],
      ['a token revoked twice', () => t.request(RevokeApiTokenDocument, { id: token.created.apiToken.id }, founder.token), 'CONFLICT'],
      ['a token expiring in the past', () => t.request(CreateApiTokenDocument, { name: 'x', expiresAt: '2000-01-01T00:00:00.000Z' }, founder.token), 'BAD_USER_INPUT'],
      ['a malformed id', () => t.request(AssignRoleDocument, { principalId: 'nope', scope: projectScope(projectId), role: 'PROJECT_MEMBER' }, founder.token), 'BAD_USER_INPUT'],
      ['a mutation without a token', () => t.request(CreateOrganizationDocument, { name: 'x' }, null), 'UNAUTHENTICATED'],
    ];
    for (const [refusal, attempt, code] of refusals) {
      const response = await attempt();
      expect(response.errors?.[0]?.extensions?.code, refusal).toBe(code);
      expectRefusal(response, code);
    }
    expect(await footprintOf(t.database.db)).toEqual(before);

    const next = (await t.ok(CreateProjectDocument, { organizationId, name: 'After' }, founder.token)).createProject.revision;
    expect(next).toBe(lastRevision + 1);
  });
});
