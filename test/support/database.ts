import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.js';
import { migrateToLatest } from '../../src/persistence/migrate.js';
import { openDatabase, type Database } from '../../src/persistence/orm.js';
import { createPostgresDatabase, createSqliteFile } from './scratch-database.js';

export interface TestDatabase {
  /** The ROLEGATE_DATABASE_URL of this database, for processes started against it. */
  readonly url: string;
  readonly config: Config;
  readonly db: Database;
  /** Closes the connections and deletes the database. */
  close(): Promise<void>;
}

export interface OpenTestDatabaseOptions {
  /** Apply every migration (default). Off for tests of the migrator itself. */
  readonly migrate?: boolean;
}

/** The administrative PostgreSQL URL when database suites run there; see test/global-setup.ts. */
const POSTGRES_ADMIN_URL = process.env.ROLEGATE_TEST_POSTGRES_URL;

/** The dialect database suites run on in this test run, for suite names. */
export const TEST_DIALECT: Database['dialect'] = POSTGRES_ADMIN_URL ? 'postgresql' : 'sqlite';

/**
 * A fresh, private database: a temporary SQLite file, or, when ROLEGATE_TEST_POSTGRES_URL is set,
 * a new PostgreSQL database `rolegate_t_<random>` on that server. Migrated unless asked not to.
 */
export async function openTestDatabase(options: OpenTestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `rolegate_t_${randomBytes(6).toString('hex')}`;
  const created = POSTGRES_ADMIN_URL ? await createPostgresDatabase(POSTGRES_ADMIN_URL, name) : createSqliteFile(name);
  const config = loadConfig({ ROLEGATE_DATABASE_URL: created.url, ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'error' });
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    await created.remove();
    throw error;
  }
  const close = async () => {
    await db.close();
    await created.remove();
  };
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(db);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { url: created.url, config, db, close };
}
