import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../config/config.js';
import { migrationsFor } from './migration-lists.js';
import { ormOptions, type Dialect, type OpenDatabaseOptions } from './orm-options.js';

/** An open database: the ORM, plus what the rest of Rolegate needs from it. */
export interface Database {
  readonly dialect: Dialect;
  readonly orm: MikroORM<AbstractSqlDriver>;
  /** A new EntityManager for one unit of work (a request, an event). Never share one across them. */
  fork(): SqlEntityManager;
  /**
   * How many SQL statements this database has sent since it was opened, transaction control
   * (BEGIN, COMMIT) included. For tests that bound the queries of an operation: read it before
   * and after.
   */
  statementsExecuted(): number;
  /** Closes every connection. The database cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * Connects to the configured database (creating a SQLite file's directory). Does not create or
 * migrate the schema: call `migrateToLatest` or `assertSchemaNotNewer` (`migrate.ts`) next.
 */
export async function openDatabase(config: Pick<Config, 'database' | 'debugSql'>, options: OpenDatabaseOptions = {}): Promise<Database> {
  const { database } = config;
  if (database.dialect === 'sqlite' && database.path !== ':memory:') {
    mkdirSync(dirname(database.path), { recursive: true });
  }
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(config, migrationsFor(config.database.dialect), options));
  let statements = 0;
  const knex: Knex = orm.em.getConnection().getKnex();
  knex.on('query', () => {
    statements += 1;
  });
  return {
    dialect: database.dialect,
    orm,
    fork: () => orm.em.fork() as SqlEntityManager,
    statementsExecuted: () => statements,
    close: () => orm.close(true),
  };
}
