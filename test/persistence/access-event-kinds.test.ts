import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAccessChange } from '../../src/persistence/access-change.js';
import { ACCESS_EVENT_KINDS } from '../../src/persistence/access-event-kind.js';
import { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

// The migration generator cannot alter a CHECK on SQLite by itself; this proves the migrated
// schema of each dialect accepts every kind the code may write.
describe(`the migrated access event log (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase();
  });
  afterAll(() => test.close());

  it('accepts every access event kind the code knows', async () => {
    await runAccessChange(test.db.fork(), null, async (change) => {
      for (const kind of ACCESS_EVENT_KINDS) change.record({ kind, organizationId: null });
    });
    const stored = await test.db.fork().find(AccessEvent, {}, { orderBy: { sequence: 'asc' } });
    expect(stored.map((e) => e.kind)).toEqual([...ACCESS_EVENT_KINDS]);
  });
});
