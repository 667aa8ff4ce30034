import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { MigrationObject, Options } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { DatabaseConfig } from '../config/database-url.js';
import { ENTITIES } from './entities.js';

export type Dialect = DatabaseConfig['dialect'];

export interface OpenDatabaseOptions {
  /** Where SQL logging goes when `debugSql` is on; default: stderr, so stdout stays for CLI output. */
  readonly logSql?: (line: string) => void;
}

/**
 * ORM options for a dialect. Shared by `openDatabase` and the migration generator so that both
 * see the same entities and naming.
 */
export function ormOptions(
  config: Pick<Config, 'database' | 'debugSql'>,
  migrationsList: MigrationObject[],
  options: OpenDatabaseOptions = {},
): Options<AbstractSqlDriver> {
  const { database } = config;
  const logSql = options.logSql ?? ((line: string) => process.stderr.write(line + '\n'));
  const common = {
    entities: ENTITIES,
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // Snapshots belong to migration generation; at run time the migrator must not write files.
      snapshot: false,
      silent: true,
    },
    // Schemas come from migrations only; never create a database or tables implicitly.
    ensureDatabase: false,
    allowGlobalContext: false,
    debug: config.debugSql,
    logger: logSql,
  } satisfies Options<AbstractSqlDriver>;

  if (database.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url };
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: database.path,
    // One connection: SQLite allows one writer anyway, and a second connection to `:memory:` would
    // be a different, empty database. It is never reaped for the same reason.
    pool: { min: 1, max: 1, idleTimeoutMillis: Number.MAX_SAFE_INTEGER, afterCreate: configureSqliteConnection },
  };
}

interface BetterSqliteConnection {
  pragma(source: string): unknown;
}

/**
 * SQLite reads a database this large or smaller through a memory map (its largest,
 * SQLITE_MAX_MMAP_SIZE): a page then costs no system call and no copy into its own 16 MB page
 * cache. Without it, a question's cost grew with the file, each read of an index page the cache
 * had lost going to the operating system: from bench `scale`'s organization of 10,000 grants to
 * its organization of 1,000,000, 1.56x for effectivePermissions and 2.9x for a page of members
 * unmapped, 0.9x and 1.9x mapped (timed in the same rounds). The mapped pages are the operating
 * system's file cache, shared, not this process's heap.
 */
const SQLITE_MMAP_BYTES = 0x7fff0000;

/**
 * WAL lets readers in other processes (the CLI) proceed during writes; SQLite leaves foreign keys
 * off unless asked.
 */
function configureSqliteConnection(connection: BetterSqliteConnection, done: (error: Error | null, connection: unknown) => void): void {
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    connection.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}
