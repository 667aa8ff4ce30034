import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.js';
import { SeenTokenId } from '../../src/persistence/entities/seen-token-id.entity.js';
import { SeenTokenIdRepository } from '../../src/persistence/repositories/seen-token-id.repository.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

describe(`the seen token ids (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase();
  });
  afterAll(() => test.close());

  const at = (iso: string) => new Date(iso);

  it("record a token id's first use once per account, whoever asks", async () => {
    const [alice, bob] = [newId(), newId()];
    const expiry = at('2030-01-01T00:05:00Z');
    expect(await new SeenTokenIdRepository(test.db.fork()).recordFirstUse(alice, 'jti-1', expiry)).toBe(true);
    expect(await new SeenTokenIdRepository(test.db.fork()).recordFirstUse(alice, 'jti-1', expiry)).toBe(false);
    expect(await new SeenTokenIdRepository(test.db.fork()).recordFirstUse(bob, 'jti-1', expiry)).toBe(true);
  });

  it('forget only the ids of tokens that have expired', async () => {
    const account = newId();
    const repository = new SeenTokenIdRepository(test.db.fork());
    await repository.recordFirstUse(account, 'expired', at('2030-02-01T00:00:00Z'));
    await repository.recordFirstUse(account, 'live', at('2030-02-01T00:10:00Z'));
    await repository.pruneExpired(at('2030-02-01T00:05:00Z'));
    const left = await test.db.fork().find(SeenTokenId, { principalId: account });
    expect(left.map((row) => row.jti)).toEqual(['live']);
    expect(await repository.recordFirstUse(account, 'live', at('2030-02-01T00:10:00Z'))).toBe(false);
  });
});
