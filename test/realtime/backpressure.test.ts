import { beforeAll, describe, expect, it } from 'vitest';
import { ResubscribeRequiredError } from '../../src/domain/errors.js';
import type { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import { AccessChangedDocument, AssignRoleDocument } from '../generated/graphql.js';
import { servicesElsewhere } from '../support/another-instance.js';
import { TEST_DIALECT } from '../support/database.js';
import { useFeedClients } from '../support/feed-client.js';
import { type TestGateway, useTestGateway } from '../support/gateway.js';
import { addMember, auditLog, createProject, positionOf, type Person } from './fixtures.js';

const QUEUE_LIMIT = 3;
/** Long enough that a burst of quiet changes is read at once, after the announced change that follows it. */
const POLL_MS = 2_000;

describe(`backpressure and catch-up (${TEST_DIALECT})`, () => {
  const t = useTestGateway({ feed: { queueLimit: QUEUE_LIMIT, pollIntervalMs: POLL_MS } });
  const { connect } = useFeedClients(() => t.gateway.url);
  let people: Person[];
  let projectId: string;
  const roles = ['PROJECT_MEMBER', 'PROJECT_CONTRIBUTOR', 'PROJECT_ARCHITECT'] as const;
  const held = new Map<string, number>();
  /** The next of a person's project roles, always another one than it holds: one change, one event. */
  const nextRole = (principalId: string): (typeof roles)[number] => {
    const next = ((held.get(principalId) ?? -1) + 1) % roles.length;
    held.set(principalId, next);
    return roles[next]!;
  };
  const flip = async (i: number): Promise<number> => {
    const principalId = people[i % people.length]!.principalId;
    const assigned = await t.ok(AssignRoleDocument, { principalId, scope: { level: 'PROJECT', id: projectId }, role: nextRole(principalId) }, t.founder.token);
    return assigned.assignRole.revision;
  };
  const flipQuietly = (i: number): Promise<number> => {
    const principalId = people[i % people.length]!.principalId;
    return quietlyAssign(t, principalId, projectId, nextRole(principalId));
  };
  const latest = async () => (await auditLog(t, t.founder.organizationId)).at(-1)!.revision;

  beforeAll(async () => {
    projectId = (await createProject(t, 'Busy')).id;
    people = [await addMember(t, 'busy1@acme.test'), await addMember(t, 'busy2@acme.test')];
  });

  it('ends a subscriber that stops reading with RESUBSCRIBE_REQUIRED and its last revision, without slowing anyone else', async () => {
    const organizationId = t.founder.organizationId;
    const authorization = `Bearer ${t.founder.token}`;
    const start = await latest();
    const services = await servicesElsewhere(t, t.founder.token);
    const stalled = t.gateway.feed.connect(services.context.viewer, authorization, () => undefined);
    const slow = await stalled.accessChanged(services, { organizationId, afterRevision: start });
    const fast = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: start });

    const read: AccessEvent[] = [];
    const first = [await flip(0), await flip(1)];
    read.push((await slow.next()).value as AccessEvent, (await slow.next()).value as AccessEvent);
    expect(read.map((e) => e.revision)).toEqual(first);

    const later: number[] = [];
    for (let i = 2; i < 12; i++) later.push(await flip(i));
    await fast.received(12);
    expect(fast.data.map((d) => d.accessChanged.revision)).toEqual([...first, ...later]);

    const refusal = await slow.next().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ResubscribeRequiredError);
    expect((refusal as ResubscribeRequiredError).details).toEqual({ lastRevision: first[1] });
    expect(await slow.next()).toEqual({ value: undefined, done: true });

    const resumed = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: first[1] });
    await resumed.received(later.length);
    expect(resumed.data.map((d) => d.accessChanged.revision)).toEqual(later);
  });

  it('delivers changes committed without a notification (another process, a lost NOTIFY) at the next catch-up poll', async () => {
    const organizationId = t.founder.organizationId;
    const start = await latest();
    const subscription = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: start });
    const revision = await flipQuietly(0);
    await subscription.until((s) => s.data.some((d) => d.accessChanged.revision === revision), POLL_MS + 1_000, 'the quiet change');
    expect(subscription.data.map((d) => positionOf(d.accessChanged))).toEqual((await auditLog(t, organizationId, start)).map(positionOf));
  });

  it('tells a client over the wire to resubscribe when a burst outruns its queue, and the resubscription fills the gap', async () => {
    const organizationId = t.founder.organizationId;
    const start = await latest();
    const overwhelmed = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: start });
    await flip(0);
    await overwhelmed.received(1);
    // Committed with no notification, the burst waits in the log until the announced change after
    // it wakes the reader, which then fans it out at once.
    for (let i = 0; i < 4 * QUEUE_LIMIT; i++) await flipQuietly(i);
    await flip(1);
    await overwhelmed.until((s) => s.ended, 5_000, 'the end of the overwhelmed subscription');
    expect(overwhelmed.errorCode).toBe('RESUBSCRIBE_REQUIRED');
    const lastRevision = overwhelmed.errors![0]!.extensions!.lastRevision as number;
    expect(overwhelmed.errors![0]!.message).toMatch(new RegExp(`afterRevision: ${lastRevision}`));
    expect(overwhelmed.data.at(-1)!.accessChanged.revision).toBe(lastRevision);

    const log = await auditLog(t, organizationId, start);
    const resumed = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: lastRevision });
    await resumed.received(log.length - overwhelmed.data.length);
    expect([...overwhelmed.data, ...resumed.data].map((d) => positionOf(d.accessChanged))).toEqual(log.map(positionOf));
  });
});

describe(`a change that cannot be judged for a subscriber (${TEST_DIALECT})`, () => {
  // No catch-up poll: the feed reads the change only when the test announces it. No timed
  // re-check of connections either, which would also fail while the grants are away.
  const t = useTestGateway({ feed: { pollIntervalMs: 3_600_000, revalidateIntervalMs: 60_000 } });
  const { connect } = useFeedClients(() => t.gateway.url);

  it('tells the subscriber to resubscribe from its last revision, and the resubscription delivers the change', async () => {
    const organizationId = t.founder.organizationId;
    const projectId = (await createProject(t, 'Fragile')).id;
    const person = await addMember(t, 'fragile@acme.test');
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    const subscription = connect(person.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: start });
    const seen = (await t.ok(AssignRoleDocument, { principalId: person.principalId, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_MEMBER' }, t.founder.token)).assignRole.revision;
    await subscription.until((s) => s.data.some((d) => d.accessChanged.revision === seen), 5_000, 'the announced change');

    // Another instance commits a change about the subscriber; this gateway hears of it only once
    // the subscriber's grants can no longer be read, so the feed cannot judge the change for it.
    let announce: (() => void) | undefined;
    const elsewhere = await servicesElsewhere(t, t.founder.token, { onCommitted: (revision, events) => (announce = () => t.gateway.feed.hooks.onCommitted!(revision, events)) });
    const unseen = (await elsewhere.roles.assign(person.principalId, { level: 'PROJECT', id: projectId }, 'PROJECT_CONTRIBUTOR')).revision;
    const knex = t.database.db.fork().getKnex();
    await knex.schema.renameTable('role_assignment', 'role_assignment_away');
    try {
      announce!();
      await subscription.until((s) => s.ended, 5_000, 'the end of the subscription');
    } finally {
      await knex.schema.renameTable('role_assignment_away', 'role_assignment');
    }
    expect(subscription.errorCode).toBe('RESUBSCRIBE_REQUIRED');
    expect(subscription.errors![0]!.extensions!.lastRevision).toBe(seen);
    expect(t.internalErrors).toContainEqual(expect.objectContaining({ level: 'error', message: 'could not deliver access events to a subscription; it was told to resubscribe' }));
    t.internalErrors.length = 0;

    const resumed = connect(person.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: seen });
    await resumed.received(1);
    expect(resumed.data.map((d) => d.accessChanged.revision)).toEqual([unseen]);
  });
});

/** A role assigned through the use case on the test's own database handle: committed, never announced. */
async function quietlyAssign(t: TestGateway, principalId: string, projectId: string, role: string): Promise<number> {
  const result = await (await servicesElsewhere(t, t.founder.token)).roles.assign(principalId, { level: 'PROJECT', id: projectId }, role);
  return result.revision;
}
