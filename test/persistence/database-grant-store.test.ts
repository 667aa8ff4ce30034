import { CachedGrantStore } from '../../src/authz/cached-grant-store.js';
import { GrantCache } from '../../src/authz/grant-cache.js';
import { DatabaseGrantStore } from '../../src/persistence/database-grant-store.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';
import { describeGrantStoreContract } from '../authz/grant-store.contract.js';
import { openTestDatabase, TEST_DIALECT } from '../support/database.js';

describeGrantStoreContract(`database (${TEST_DIALECT})`, async (snapshot) => {
  const test = await openTestDatabase();
  await writeSnapshot(test.db.fork(), snapshot);
  return { store: new DatabaseGrantStore(test.db.fork()), close: test.close };
});

describeGrantStoreContract(`the grant cache over the database (${TEST_DIALECT})`, async (snapshot) => {
  const test = await openTestDatabase();
  await writeSnapshot(test.db.fork(), snapshot);
  return { store: new CachedGrantStore(new GrantCache(1_000), new DatabaseGrantStore(test.db.fork())), close: test.close };
});
