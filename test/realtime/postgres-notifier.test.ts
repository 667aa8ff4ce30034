import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresNotifier } from '../../src/realtime/postgres-notifier.js';
import { createLogger } from '../../src/server/logger.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

describe.skipIf(TEST_DIALECT !== 'postgresql')('the PostgreSQL notifier', () => {
  let database: TestDatabase;
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);

  beforeAll(async () => {
    database = await openTestDatabase();
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await database?.close();
  });

  it('announces a burst of commits without queueing statements on its connection, and wakes the other gateways for the latest', async () => {
    const logger = createLogger('error');
    const [announcing, listening] = await Promise.all([PostgresNotifier.connect(database.url, logger), PostgresNotifier.connect(database.url, logger)]);
    try {
      let woken = 0;
      listening.onAnnouncement(() => woken++);
      for (let revision = 1; revision <= 200; revision++) announcing.announce(revision);
      await expect.poll(() => woken, { timeout: 5_000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Coalesced: far fewer NOTIFYs than commits, and pg never had to queue one behind another.
      expect(woken).toBeLessThan(50);
      expect(warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/already executing a query/));
    } finally {
      await Promise.all([announcing.close(), listening.close()]);
    }
  });
});
