import type { GrantCache } from '../authz/grant-cache.js';
import type { FeedConfig } from '../config/config.js';
import type { DatabaseConfig } from '../config/database-url.js';
import type { Database } from '../persistence/orm.js';
import type { Logger } from '../server/logger.js';
import { AccessFeed } from './access-feed.js';
import type { ChangeNotifier } from './change-notifier.js';
import { InProcessNotifier } from './in-process-notifier.js';
import { PostgresNotifier } from './postgres-notifier.js';

/**
 * The feed for a database: woken by PostgreSQL LISTEN/NOTIFY when several gateways may share the
 * database, in-process on SQLite (one gateway per file). Reading starts at the log's head.
 */
export async function startAccessFeed(
  db: Database,
  config: { readonly database: DatabaseConfig; readonly feed: FeedConfig },
  logger: Logger,
  grantCache: GrantCache,
): Promise<AccessFeed> {
  const notifier: ChangeNotifier = config.database.dialect === 'postgresql' ? await PostgresNotifier.connect(config.database.url, logger) : new InProcessNotifier();
  const feed = new AccessFeed(db, notifier, config.feed, logger, grantCache);
  try {
    await feed.start();
  } catch (error) {
    await feed.close();
    throw error;
  }
  return feed;
}
