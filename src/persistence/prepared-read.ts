import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { ClientBase } from 'pg';

/** A value bound to a prepared read: ids, hashes, counters, flags. */
export type ReadParameter = string | number | boolean;

/** better-sqlite3's prepared statement, as far as a read uses it. */
interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}

interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** knex's client: the pool the ORM's own statements take their connections from. */
interface KnexClient {
  readonly dialect: string;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/**
 * A read that every request makes (authentication, the revision). Through the ORM each run builds
 * its SQL with knex, inlines the parameters and has the driver compile the statement anew: about
 * half of what a trivial request costs the gateway (bench/README, `http`). A prepared read is
 * built by knex once and kept compiled by the driver, per connection (better-sqlite3 statements,
 * PostgreSQL named statements), so a run costs the driver's execution only.
 *
 * It takes a connection from the pool the ORM uses, never an open transaction's, so it reads only
 * what is committed; inside a transaction it goes through the transaction like any statement.
 */
export class PreparedRead<Row> {
  /** By dialect: one process may open SQLite and PostgreSQL (the benchmarks do). */
  private readonly compiled = new Map<string, Compiled>();
  private readonly sqliteStatements = new WeakMap<object, SqliteStatement>();

  /**
   * @param name unique among prepared reads: PostgreSQL knows the statement by it
   * @param build the query, with `parameter(i)` where the run's i-th parameter goes
   */
  constructor(
    private readonly name: string,
    private readonly parameters: number,
    private readonly build: (knex: Knex, parameter: (index: number) => ReadParameter) => Knex.QueryBuilder,
  ) {}

  async all(em: SqlEntityManager, ...values: ReadParameter[]): Promise<Row[]> {
    if (values.length !== this.parameters) throw new Error(`Prepared read ${this.name} takes ${this.parameters} parameters, not ${values.length}.`);
    const knex = em.getKnex();
    const client = knex.client as KnexClient;
    const { sql, nativeSql, bindings } = this.compile(knex, client.dialect);
    const parameters = bindings.map((binding) => ('parameter' in binding ? values[binding.parameter]! : binding.constant));
    if (em.getTransactionContext() !== undefined) return em.execute<Row[]>(sql, parameters);
    // The database's statement count listens to knex's query event (`orm.ts`).
    knex.emit('query', { sql, bindings: parameters });
    this.logQuery(em, sql, parameters);
    const connection = await client.acquireConnection();
    try {
      return client.dialect === 'postgresql'
        ? await this.onPostgres(connection as ClientBase, nativeSql, parameters)
        : this.onSqlite(connection as SqliteConnection, nativeSql, parameters);
    } finally {
      await client.releaseConnection(connection);
    }
  }

  private onSqlite(connection: SqliteConnection, sql: string, parameters: ReadParameter[]): Row[] {
    let statement = this.sqliteStatements.get(connection);
    if (statement === undefined) {
      statement = connection.prepare(sql);
      this.sqliteStatements.set(connection, statement);
    }
    // SQLite has no booleans; knex binds them as 1 and 0, as the ORM's statements do.
    return statement.all(...parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value))) as Row[];
  }

  private async onPostgres(connection: ClientBase, sql: string, parameters: ReadParameter[]): Promise<Row[]> {
    const { rows } = await connection.query({ name: `rolegate_${this.name}`, text: sql, values: parameters });
    return rows as Row[];
  }

  /** The SQL, as knex writes it and in the driver's own placeholders, and what each placeholder binds. */
  private compile(knex: Knex, dialect: string): Compiled {
    const known = this.compiled.get(dialect);
    if (known) return known;
    const markers = Array.from({ length: this.parameters }, (_, i) => `\u0000rolegate-parameter-${i}\u0000`);
    const query = this.build(knex, (index) => markers[index]!).toSQL();
    const compiled = {
      sql: query.sql,
      nativeSql: query.toNative().sql,
      bindings: query.bindings.map((value): Binding => {
        const parameter = markers.indexOf(value as string);
        return parameter >= 0 ? { parameter } : { constant: value as ReadParameter };
      }),
    };
    this.compiled.set(dialect, compiled);
    return compiled;
  }

  private logQuery(em: SqlEntityManager, sql: string, parameters: ReadParameter[]): void {
    const logger = em.config.getLogger();
    if (logger.isEnabled('query')) logger.logQuery({ query: `${sql} -- ${JSON.stringify(parameters)}`, level: 'info' });
  }
}

/** A run's i-th parameter, or a value the query itself holds. */
type Binding = { readonly parameter: number } | { readonly constant: ReadParameter };

interface Compiled {
  /** With knex's `?` placeholders, for a run inside a transaction (through the ORM). */
  readonly sql: string;
  /** With the driver's placeholders (`$1` on PostgreSQL). */
  readonly nativeSql: string;
  readonly bindings: readonly Binding[];
}
