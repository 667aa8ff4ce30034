import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.js';
import { PreparedRead } from '../../src/persistence/prepared-read.js';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { allocateRevision, currentRevision, releaseRevision } from '../../src/persistence/revision-counter.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

/** Reads principals by id and kind; 'kind' is bound before the id, a constant between them. */
const principalsRead = new PreparedRead<{ id: string; display_name: string }>('test_principals_by_kind', 2, (knex, parameter) =>
  knex('principal').select('id', 'display_name').where('kind', parameter(1)).andWhere('disabled', false).andWhere('id', parameter(0)),
);

describe(`a prepared read (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase();
  });
  afterAll(() => test.close());

  it('binds each run its own parameters, in their places among the constants, on every run', async () => {
    const principals = new PrincipalRepository(test.db.fork());
    const { id: ada } = await principals.create({ kind: 'USER', displayName: 'Ada', email: `${newId()}@example.test` });
    const { id: bob } = await principals.create({ kind: 'USER', displayName: 'Bob', email: `${newId()}@example.test` });
    for (let run = 0; run < 3; run++) {
      expect(await principalsRead.all(test.db.fork(), ada, 'USER')).toEqual([{ id: ada, display_name: 'Ada' }]);
      expect(await principalsRead.all(test.db.fork(), bob, 'USER')).toEqual([{ id: bob, display_name: 'Bob' }]);
      expect(await principalsRead.all(test.db.fork(), ada, 'SERVICE_ACCOUNT')).toEqual([]);
    }
  });

  it('refuses a run with a different number of parameters than the query takes, before any statement', async () => {
    const before = test.db.statementsExecuted();
    await expect(principalsRead.all(test.db.fork(), newId())).rejects.toThrow('takes 2 parameters, not 1');
    expect(test.db.statementsExecuted()).toBe(before);
  });

  it('is counted as a statement like any other', async () => {
    const before = test.db.statementsExecuted();
    await currentRevision(test.db.fork());
    expect(test.db.statementsExecuted() - before).toBe(1);
  });

  it('never reads what an open transaction has not committed, and inside one reads through it', async () => {
    const committed = await currentRevision(test.db.fork());
    let seenInside = -1;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let allocated!: () => void;
    const hasAllocated = new Promise<void>((resolve) => (allocated = resolve));
    const transaction = test.db.fork().transactional(async (tx) => {
      await allocateRevision(tx);
      seenInside = await currentRevision(tx);
      allocated();
      await held;
      await releaseRevision(tx);
    });
    await hasAllocated;
    // SQLite has one connection, which the transaction holds: the read waits for it to end.
    const outside = currentRevision(test.db.fork());
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect(seenInside).toBe(committed + 1);
    expect(await outside).toBe(committed);
  });
});
