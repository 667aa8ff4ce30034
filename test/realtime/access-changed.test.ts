import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccessChangedDocument,
  AssignRoleDocument,
  CreateOrganizationDocument,
  EnvironmentDocument,
  OrganizationDocument,
  OrganizationMembersDocument,
  ProjectDocument,
  ProjectMembersDocument,
  RevokeRoleDocument,
  type AccessChangedSubscriptionVariables,
  type Role,
} from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { type LiveSubscription, useFeedClients } from '../support/feed-client.js';
import { type TestGateway, useTestGateway } from '../support/gateway.js';
import { addMember, auditLog, createEnvironment, createProject, positionOf, sleep, type FeedEvent, type LoggedEvent, type Person } from './fixtures.js';
import type { AccessChangedSubscription } from '../generated/graphql.js';

const PROJECT_ROLES: readonly Role[] = ['PROJECT_MEMBER', 'PROJECT_CONTRIBUTOR', 'PROJECT_ARCHITECT', 'PROJECT_ADMIN'];

describe(`accessChanged over graphql-ws (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  const { connect } = useFeedClients(() => t.gateway.url);
  const follow = (token: string, variables: AccessChangedSubscriptionVariables): LiveSubscription<AccessChangedSubscription> =>
    connect(token).subscribe(AccessChangedDocument, variables);
  const positions = (subscription: LiveSubscription<AccessChangedSubscription>): string[] => subscription.data.map((d) => positionOf(d.accessChanged));
  const events = (subscription: LiveSubscription<AccessChangedSubscription>): FeedEvent[] => subscription.data.map((d) => d.accessChanged);
  /** Waits until the subscription has received the event(s) of `revision`, the last change a test makes. */
  const reach = (subscription: LiveSubscription<AccessChangedSubscription>, revision: number) =>
    subscription.until((s) => s.ended || s.data.some((d) => d.accessChanged.revision >= revision), 10_000, `revision ${revision}`);
  const assign = (principalId: string, scope: { level: 'PROJECT' | 'ENVIRONMENT' | 'ORGANIZATION'; id: string }, role: Role, token = t.founder.token) =>
    t.request(AssignRoleDocument, { principalId, scope, role }, token);
  const assigned = async (principalId: string, scope: { level: 'PROJECT' | 'ENVIRONMENT' | 'ORGANIZATION'; id: string }, role: Role, token = t.founder.token) =>
    (await t.ok(AssignRoleDocument, { principalId, scope, role }, token)).assignRole.revision;


  it('replays the log from afterRevision and then goes live, with no gap and no duplicate, while changes commit concurrently', async () => {
    const organizationId = t.founder.organizationId;
    const project = await createProject(t, 'Seam');
    const people = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => addMember(t, `seam${i}@acme.test`)));
    const midway = (await auditLog(t, organizationId)).at(-1)!.revision;

    const lanes = [0, 1, 2, 3].map(async (lane) => {
      for (let i = 0; i < 12; i++) {
        await assign(people[(lane + i) % people.length]!.principalId, { level: 'PROJECT', id: project.id }, PROJECT_ROLES[(lane + i) % PROJECT_ROLES.length]!);
      }
    });
    const subscriptions: { afterRevision: number; subscription: LiveSubscription<AccessChangedSubscription> }[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(20);
      const afterRevision = i % 2 === 0 ? 0 : midway;
      subscriptions.push({ afterRevision, subscription: follow(t.founder.token, { organizationId, afterRevision }) });
    }
    await Promise.all(lanes);
    const last = await createProject(t, 'Last');

    for (const { afterRevision, subscription } of subscriptions) {
      await reach(subscription, last.revision);
      expect(positions(subscription)).toEqual((await auditLog(t, organizationId, afterRevision)).map(positionOf));
    }
  });

  it('resumes after a reconnect from the last revision received, missing nothing', async () => {
    const organizationId = t.founder.organizationId;
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const first = connect(t.founder.token);
    const before = first.subscribe(AccessChangedDocument, { organizationId, afterRevision: start });
    const a = await addMember(t, 'resume-a@acme.test');
    await reach(before, (await auditLog(t, organizationId)).at(-1)!.revision);
    await first.close();
    const lastSeen = before.data.at(-1)!.accessChanged.revision;

    const b = await addMember(t, 'resume-b@acme.test');
    await assigned(a.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    const after = follow(t.founder.token, { organizationId, afterRevision: lastSeen });
    const lastRevision = await assigned(b.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    await reach(after, lastRevision);

    expect([...positions(before), ...positions(after)]).toEqual((await auditLog(t, organizationId, start)).map(positionOf));
  });

  it('filters by project, environment and principal exactly as the audit log does', async () => {
    const organizationId = t.founder.organizationId;
    const [p1, p2] = [await createProject(t, 'Filtered one'), await createProject(t, 'Filtered two')];
    const e1 = await createEnvironment(t, p1.id, 'dev one');
    const e2 = await createEnvironment(t, p1.id, 'dev two');
    const [x, y] = [await addMember(t, 'filter-x@acme.test'), await addMember(t, 'filter-y@acme.test')];
    const filters = [{ projectId: p1.id }, { environmentId: e1.id }, { principalId: x.principalId }, { projectId: p1.id, principalId: x.principalId }];
    const subscriptions = filters.map((filter) => follow(t.founder.token, { organizationId, filter, afterRevision: 0 }));

    for (const person of [x, y]) {
      await assigned(person.principalId, { level: 'PROJECT', id: p1.id }, 'PROJECT_MEMBER');
      await assigned(person.principalId, { level: 'PROJECT', id: p2.id }, 'PROJECT_CONTRIBUTOR');
      await assigned(person.principalId, { level: 'ENVIRONMENT', id: e2.id }, 'ENVIRONMENT_READER');
    }
    await assigned(y.principalId, { level: 'ENVIRONMENT', id: e1.id }, 'ENVIRONMENT_ADMIN');
    // Matches every filter above, so each subscription ends its wait on it.
    const last = await assigned(x.principalId, { level: 'ENVIRONMENT', id: e1.id }, 'ENVIRONMENT_READER');

    for (const [i, subscription] of subscriptions.entries()) {
      await reach(subscription, last);
      const expected = await auditLog(t, organizationId, 0, filters[i]);
      expect(expected.length).toBeGreaterThan(1);
      expect(positions(subscription)).toEqual(expected.map(positionOf));
    }
  });

  it('keeps several subscriptions on one socket apart: each receives its own events, under its own id', async () => {
    const organizationId = t.founder.organizationId;
    const [p1, p2] = [await createProject(t, 'One socket, first'), await createProject(t, 'One socket, second')];
    const person = await addMember(t, 'one-socket@acme.test');
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const client = connect(t.founder.token);
    const [first, second, everything] = [{ projectId: p1.id }, { projectId: p2.id }, {}].map((filter) =>
      client.subscribe(AccessChangedDocument, { organizationId, filter, afterRevision: start }),
    );

    const revisions = [
      await assigned(person.principalId, { level: 'PROJECT', id: p1.id }, 'PROJECT_MEMBER'),
      await assigned(person.principalId, { level: 'PROJECT', id: p2.id }, 'PROJECT_MEMBER'),
      await assigned(person.principalId, { level: 'PROJECT', id: p1.id }, 'PROJECT_CONTRIBUTOR'),
    ];
    await Promise.all([reach(first!, revisions[2]!), reach(second!, revisions[1]!), reach(everything!, revisions[2]!)]);

    expect(events(first!).map((e) => e.revision)).toEqual([revisions[0], revisions[2]]);
    expect(events(second!).map((e) => e.revision)).toEqual([revisions[1]]);
    expect(events(everything!).map((e) => e.revision)).toEqual(revisions);
  });

  it('judges subscribers who hold the same roles alike, except that each is shown its own changes', async () => {
    const organizationId = t.founder.organizationId;
    const [shared, elsewhere] = [await createProject(t, 'Alike'), await createProject(t, 'Alike elsewhere')];
    const [x, y, z, w] = await Promise.all(['alike-x', 'alike-y', 'alike-z', 'alike-w'].map((name) => addMember(t, `${name}@acme.test`)));
    for (const person of [x!, y!, z!]) await assigned(person.principalId, { level: 'PROJECT', id: shared.id }, 'PROJECT_CONTRIBUTOR');
    await assigned(w!.principalId, { level: 'PROJECT', id: elsewhere.id }, 'PROJECT_MEMBER');
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const [ofX, ofY, ofZ] = [
      follow(x!.token, { organizationId, afterRevision: start }),
      follow(y!.token, { organizationId, afterRevision: start }),
      follow(z!.token, { organizationId, filter: { projectId: shared.id }, afterRevision: start }),
    ];

    // Project Contributors see who holds access in their project; Org Members and Org
    // Contributors do not see the organization's members, but each sees its own role change.
    const seenByAll = await assigned(w!.principalId, { level: 'PROJECT', id: shared.id }, 'PROJECT_MEMBER');
    await assigned(w!.principalId, { level: 'PROJECT', id: elsewhere.id }, 'PROJECT_CONTRIBUTOR');
    const ownOfX = await assigned(x!.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    const seenByAllAgain = await assigned(w!.principalId, { level: 'PROJECT', id: shared.id }, 'PROJECT_CONTRIBUTOR');
    const ownOfY = await assigned(y!.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    const last = await assigned(w!.principalId, { level: 'PROJECT', id: shared.id }, 'PROJECT_ARCHITECT');
    await Promise.all([ofX, ofY, ofZ].map((subscription) => reach(subscription, last)));

    expect(events(ofX).map((e) => e.revision)).toEqual([seenByAll, ownOfX, seenByAllAgain, last]);
    expect(events(ofY).map((e) => e.revision)).toEqual([seenByAll, seenByAllAgain, ownOfY, last]);
    expect(events(ofZ).map((e) => e.revision)).toEqual([seenByAll, seenByAllAgain, last]);
  });

  it('sends a member only the events about scopes it can see, and about others only where it sees the members', async () => {
    const organizationId = t.founder.organizationId;
    const lead = await addMember(t, 'lead@acme.test');
    const [own, other] = [await createProject(t, 'Led'), await createProject(t, 'Not led')];
    await assigned(lead.principalId, { level: 'PROJECT', id: own.id }, 'PROJECT_ADMIN');
    const ownEnvironment = await createEnvironment(t, own.id, 'led dev');
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const subscription = follow(lead.token, { organizationId, afterRevision: 0 });

    const colleague = await addMember(t, 'colleague@acme.test');
    for (const project of [own, other]) {
      await assigned(colleague.principalId, { level: 'PROJECT', id: project.id }, 'PROJECT_MEMBER');
      await createEnvironment(t, project.id, `env of ${project.id.slice(0, 4)}`);
    }
    await assigned(colleague.principalId, { level: 'ENVIRONMENT', id: ownEnvironment.id }, 'ENVIRONMENT_READER');
    const last = await assigned(lead.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    await reach(subscription, last);

    const expected: LoggedEvent[] = [];
    for (const event of await auditLog(t, organizationId)) if (await visibleThroughTheApi(t, lead, event)) expected.push(event);
    expect(positions(subscription)).toEqual(expected.map(positionOf));
    const seen = events(subscription);
    expect(seen.some((e) => e.projectId === other.id)).toBe(false);
    expect(seen.some((e) => e.projectId === own.id && e.principalId === colleague.principalId)).toBe(true);
    expect(seen.some((e) => e.kind === 'MEMBER_ADDED' && e.principalId === colleague.principalId)).toBe(false);
    expect(seen.filter((e) => e.revision > start).length).toBeGreaterThan(0);
  });

  it('keeps organizations apart over many random changes', async () => {
    const a = t.founder.organizationId;
    const founderOfB = await addMember(t, 'founder-b@acme.test');
    const b = (await t.ok(CreateOrganizationDocument, { name: 'Beta' }, founderOfB.token)).createOrganization.organization.id;
    const start = (await auditLog(t, a)).at(-1)!.revision;
    const aInB = follow(founderOfB.token, { organizationId: a, afterRevision: start });
    const watchA = follow(t.founder.token, { organizationId: a, afterRevision: start });
    const watchB = follow(founderOfB.token, { organizationId: b, afterRevision: 0 });

    const tenants = { [a]: { token: t.founder.token, people: [] as Person[], projects: [] as string[] }, [b]: { token: founderOfB.token, people: [] as Person[], projects: [] as string[] } };
    const steps = fc.sample(fc.tuple(fc.constantFrom(a, b), fc.constantFrom('member', 'project', 'role', 'role', 'role'), fc.nat(), fc.nat()), { seed: 20_240_611, numRuns: 60 });
    for (const [[organizationId, step, i, j], n] of steps.map((s, n) => [s, n] as const)) {
      const tenant = tenants[organizationId]!;
      if (step === 'member' || tenant.people.length === 0) {
        tenant.people.push(await addMember(t, `random${n}@${organizationId.slice(0, 8)}.test`, 'ORG_MEMBER', organizationId, tenant.token));
      } else if (step === 'project' || tenant.projects.length === 0) {
        tenant.projects.push((await createProject(t, `random ${n}`, tenant.token, organizationId)).id);
      } else {
        const person = tenant.people[i % tenant.people.length]!;
        const project = tenant.projects[j % tenant.projects.length]!;
        await assign(person.principalId, { level: 'PROJECT', id: project }, PROJECT_ROLES[(i + j) % PROJECT_ROLES.length]!, tenant.token);
      }
    }
    // The last change in A is about the founder of B, so both watchers of A are sent it.
    const lastA = await assigned(founderOfB.principalId, { level: 'ORGANIZATION', id: a }, 'ORG_CONTRIBUTOR');
    const lastB = await createProject(t, 'last of B', founderOfB.token, b);
    await Promise.all([reach(watchA, lastA), reach(watchB, lastB.revision), reach(aInB, lastA)]);

    const logA = await auditLog(t, a, start);
    const logB = await auditLog(t, b, 0, {}, founderOfB.token);
    expect(positions(watchA)).toEqual(logA.map(positionOf));
    expect(positions(watchB)).toEqual(logB.map(positionOf));
    const revisionsOfB = new Set(logB.map((e) => e.revision));
    expect(events(watchA).filter((e) => revisionsOfB.has(e.revision))).toEqual([]);
    expect(events(aInB).filter((e) => revisionsOfB.has(e.revision))).toEqual([]);
    // In A the founder of B is an Org Member with no project: it is sent only what is about itself.
    expect(events(aInB).map((e) => e.revision)).toEqual([lastA]);
  });

  it('ends with FORBIDDEN when the subscriber loses sight of what it follows, and leaves its other subscriptions running', async () => {
    const organizationId = t.founder.organizationId;
    const project = await createProject(t, 'Taken away');
    const [member, colleague] = [await addMember(t, 'taken@acme.test'), await addMember(t, 'stays@acme.test')];
    await assigned(member.principalId, { level: 'PROJECT', id: project.id }, 'PROJECT_CONTRIBUTOR');
    const client = connect(member.token);
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const onProject = client.subscribe(AccessChangedDocument, { organizationId, filter: { projectId: project.id }, afterRevision: start });
    const aboutSelf = client.subscribe(AccessChangedDocument, { organizationId, filter: { principalId: member.principalId }, afterRevision: start });
    const seen = await assigned(colleague.principalId, { level: 'PROJECT', id: project.id }, 'PROJECT_MEMBER');
    await reach(onProject, seen);

    const revoked = (await t.ok(RevokeRoleDocument, { principalId: member.principalId, scope: { level: 'PROJECT', id: project.id } }, t.founder.token)).revokeRole.revision;
    await onProject.until((s) => s.ended);
    expect(onProject.errorCode).toBe('FORBIDDEN');
    expect(onProject.errors![0]!.extensions).toMatchObject({ lastRevision: seen });
    expect(events(onProject).map((e) => e.revision)).toEqual([seen]);

    const promoted = await assigned(member.principalId, { level: 'ORGANIZATION', id: organizationId }, 'ORG_CONTRIBUTOR');
    await reach(aboutSelf, promoted);
    expect(aboutSelf.ended).toBe(false);
    // Its own revocation is about a project it no longer sees: it is not sent.
    expect(events(aboutSelf).map((e) => [e.revision, e.kind])).toEqual([[promoted, 'ROLE_CHANGED']]);
    expect(revoked).toBeGreaterThan(seen);
  });

  it('refuses to subscribe to what the caller cannot see, or with malformed arguments, and changes nothing', async () => {
    const outsider = await addMember(t, 'outsider@acme.test');
    const other = (await t.ok(CreateOrganizationDocument, { name: 'Elsewhere' }, outsider.token)).createOrganization.organization.id;
    const hiddenProject = await createProject(t, 'Hidden', outsider.token, other);
    const cases: [AccessChangedSubscriptionVariables, string][] = [
      [{ organizationId: other }, 'NOT_FOUND'],
      [{ organizationId: t.founder.organizationId, filter: { projectId: hiddenProject.id } }, 'NOT_FOUND'],
      [{ organizationId: 'not-an-id' }, 'BAD_USER_INPUT'],
      [{ organizationId: t.founder.organizationId, afterRevision: -1 }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const subscription = follow(t.founder.token, variables);
      await subscription.until((s) => s.ended);
      expect(subscription.errorCode).toBe(code);
      expect(subscription.data).toEqual([]);
    }
  });
});

/**
 * Whether `viewer` may see an event, asked of the public API as the feed's rule states it: the
 * event's scope is visible, and for an event naming someone else, so are that scope's members.
 */
async function visibleThroughTheApi(t: TestGateway, viewer: Person, event: LoggedEvent): Promise<boolean> {
  const level = event.scopeLevel ?? 'ORGANIZATION';
  const id = event.scopeId ?? t.founder.organizationId;
  const scopeQuery =
    level === 'ORGANIZATION'
      ? t.request(OrganizationDocument, { id }, viewer.token)
      : level === 'PROJECT'
        ? t.request(ProjectDocument, { id }, viewer.token)
        : t.request(EnvironmentDocument, { id }, viewer.token);
  if ((await scopeQuery).errors) return false;
  if (!event.principalId || event.principalId === viewer.principalId) return true;
  const membersQuery =
    level === 'ORGANIZATION'
      ? t.request(OrganizationMembersDocument, { id, first: 1 }, viewer.token)
      : level === 'PROJECT'
        ? t.request(ProjectMembersDocument, { id }, viewer.token)
        : t.request(EnvironmentDocument, { id }, viewer.token);
  return !(await membersQuery).errors;
}
