import { authenticate } from '../../src/auth/authenticate.js';
import { GrantCache } from '../../src/authz/grant-cache.js';
import { unitOfWork, type SharedByUnits } from '../../src/graphql/context.js';
import type { AccessChangeHooks } from '../../src/persistence/access-change.js';
import { GrantCacheSync } from '../../src/persistence/grant-cache-sync.js';
import type { Services } from '../../src/services/services.js';
import type { TestGateway } from './gateway.js';

/**
 * The use cases as another gateway instance (or the CLI) runs them on the same database, as the
 * holder of `token`: their changes commit with no hook of the gateway under test, which learns of
 * them only from the event log (`hooks` see what the other instance committed).
 */
export async function servicesElsewhere(t: TestGateway, token: string, hooks: AccessChangeHooks = {}): Promise<Services> {
  const viewer = await authenticate(`Bearer ${token}`, t.database.db.fork(), t.database.config.serviceAccounts);
  return unitOfWork(t.database.db.fork(), viewer, sharedElsewhere(t, hooks)).services;
}

/** What another instance's units of work share: none of the gateway's hooks, no grant cache (it reads the database). */
export function sharedElsewhere(t: TestGateway, hooks: AccessChangeHooks = {}): SharedByUnits {
  return { hooks, serviceAccounts: t.database.config.serviceAccounts, grantCache: new GrantCacheSync(new GrantCache(0)) };
}
