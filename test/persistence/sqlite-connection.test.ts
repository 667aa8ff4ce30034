import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

describe.runIf(TEST_DIALECT === 'sqlite')('a SQLite database file, as the gateway opens it', () => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  /** A pragma's value (its one row's one column, whatever SQLite names it). */
  async function pragma(name: string): Promise<unknown> {
    const rows = await test!.db.fork().getConnection().execute<Record<string, unknown>[]>(`pragma ${name}`);
    return Object.values(rows[0] ?? {})[0];
  }

  it('lets readers in other processes proceed during writes, waits for a busy writer, and enforces foreign keys', async () => {
    test = await openTestDatabase();
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('foreign_keys')).toBe(1);
  });

  it('is read through a memory map as large as SQLite allows, so a large file costs no more system calls per question', async () => {
    test = await openTestDatabase();
    expect(await pragma('mmap_size')).toBe(0x7fff0000);
  });
});
