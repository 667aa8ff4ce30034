import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.js';
import { runAccessChange } from '../../src/persistence/access-change.js';
import { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import { Organization } from '../../src/persistence/entities/organization.entity.js';
import { RoleAssignment } from '../../src/persistence/entities/role-assignment.entity.js';
import { OrganizationRepository } from '../../src/persistence/repositories/organization.repository.js';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { RoleAssignmentRepository } from '../../src/persistence/repositories/role-assignment.repository.js';
import { currentRevision } from '../../src/persistence/revision-counter.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

class Refused extends Error {}

describe(`access changes (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await openTestDatabase();
  });
  afterEach(() => test.close());

  const events = () => test.db.fork().find(AccessEvent, {}, { orderBy: { revision: 'asc', sequence: 'asc' } });

  it('commit the change and its events together, as one revision numbered from 1', async () => {
    const committed = await runAccessChange(test.db.fork(), null, async (change) => {
      const organization = await new OrganizationRepository(change.em).create({ name: 'Acme' });
      change.record({ kind: 'ORGANIZATION_CREATED', organizationId: organization.id, scopeLevel: 'ORGANIZATION', scopeId: organization.id });
      change.record({ kind: 'MEMBER_ADDED', organizationId: organization.id, cascade: true });
      return organization.id;
    });

    expect(committed.revision).toBe(1);
    expect(await currentRevision(test.db.fork())).toBe(1);
    const stored = await events();
    expect(stored.map((e) => [e.revision, e.sequence, e.kind, e.organizationId, e.cascade])).toEqual([
      [1, 0, 'ORGANIZATION_CREATED', committed.result, false],
      [1, 1, 'MEMBER_ADDED', committed.result, true],
    ]);
    expect(new Set(stored.map((e) => e.changeId)).size).toBe(1);
    expect(stored[0]!.occurredAt).toBeInstanceOf(Date);
  });

  it('roll back a change that throws: no rows, no events, no revision', async () => {
    const attempt = runAccessChange(test.db.fork(), null, async (change) => {
      const organization = await new OrganizationRepository(change.em).create({ name: 'Doomed' });
      change.record({ kind: 'ORGANIZATION_CREATED', organizationId: organization.id });
      throw new Refused('no');
    });
    await expect(attempt).rejects.toBeInstanceOf(Refused);
    const em = test.db.fork();
    expect(await em.count(Organization)).toBe(0);
    expect(await events()).toEqual([]);
    expect(await currentRevision(em)).toBe(0);
  });

  it('give back the revision of a change that records no event', async () => {
    const committed = await runAccessChange(test.db.fork(), null, async () => 'nothing');
    expect(committed).toEqual({ result: 'nothing', revision: null, events: [] });
    await runAccessChange(test.db.fork(), null, async (c) => c.record({ kind: 'TOKEN_CREATED', organizationId: null }));
    expect((await events()).map((e) => e.revision)).toEqual([1]);
  });

  it('notify onCommitted after the commit only, and keep a throwing hook from failing the change', async () => {
    const seen: number[] = [];
    const hookErrors: unknown[] = [];
    const hooks = {
      onCommitted: (revision: number) => {
        seen.push(revision);
        throw new Error('listener broke');
      },
      onHookError: (error: unknown) => hookErrors.push(error),
    };
    await runAccessChange(test.db.fork(), null, async (c) => c.record({ kind: 'TOKEN_CREATED', organizationId: null }), hooks);
    await expect(
      runAccessChange(test.db.fork(), null, async (c) => {
        c.record({ kind: 'TOKEN_CREATED', organizationId: null });
        throw new Refused();
      }, hooks),
    ).rejects.toBeInstanceOf(Refused);
    expect(seen).toEqual([1]);
    expect(hookErrors).toHaveLength(1);
  });

  it('give concurrent changes gap-free, ordered revisions; failed ones leave no trace', async () => {
    const count = 50;
    const actorId = newId();
    const outcomes = await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        runAccessChange(test.db.fork(), actorId, async (change) => {
          const organization = await new OrganizationRepository(change.em).create({ name: `org ${i}` });
          change.record({ kind: 'ORGANIZATION_CREATED', organizationId: organization.id });
          change.record({ kind: 'MEMBER_ADDED', organizationId: organization.id, cascade: true });
          if (i % 5 === 0) throw new Refused(`change ${i}`);
          return organization.id;
        }),
      ),
    );
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    expect(succeeded).toHaveLength(40);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => o.reason instanceof Refused)).toBe(true);

    const revisions = succeeded.map((c) => c.revision).sort((a, b) => a! - b!);
    expect(revisions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const stored = await events();
    expect(stored.map((e) => [e.revision, e.sequence])).toEqual(revisions.flatMap((r) => [[r, 0], [r, 1]]));
    expect(stored.every((e) => e.actorId === actorId)).toBe(true);
    const committedOrgs = new Set(succeeded.map((c) => c.result));
    expect(new Set(stored.map((e) => e.organizationId))).toEqual(committedOrgs);
    expect(await test.db.fork().count(Organization)).toBe(40);
    expect(await currentRevision(test.db.fork())).toBe(40);
  });

  it('serialise changes: a change sees the committed writes of the one before it', async () => {
    const em = test.db.fork();
    const organization = await new OrganizationRepository(em).create({ name: 'Acme' });
    const user = await new PrincipalRepository(em).create({ kind: 'USER', displayName: 'Ada', email: 'ada@example.com' });
    // Each change adds the role only if nobody holds one: without serialisation two would both see none.
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map(() =>
        runAccessChange(test.db.fork(), null, async (change) => {
          const roles = new RoleAssignmentRepository(change.em);
          const scope = { level: 'ORGANIZATION', id: organization.id } as const;
          if (await roles.forPrincipalAt(user.id, scope)) return 'already';
          await roles.create({ principalId: user.id, chain: { organizationId: organization.id }, role: 'ORG_ADMIN', createdById: null });
          change.record({ kind: 'MEMBER_ADDED', organizationId: organization.id, principalId: user.id, newRole: 'ORG_ADMIN' });
          return 'added';
        }),
      ),
    );
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.result : o.reason)).sort()).toEqual(['added', 'already', 'already']);
    expect(await test.db.fork().count(RoleAssignment)).toBe(1);
  });
});
