import { ConfigError } from './config-error.js';

/** Where the data lives: a SQLite file (or memory), or a PostgreSQL database. */
export type DatabaseConfig =
  | {
      readonly dialect: 'sqlite';
      /** A file path, or `:memory:` for a database that lives as long as the process. */
      readonly path: string;
    }
  | {
      readonly dialect: 'postgresql';
      /** A `postgres://` or `postgresql://` connection URL, credentials included. */
      readonly url: string;
    };

const ACCEPTED = '`sqlite:<path>`, `sqlite::memory:` or a `postgres://user@host:port/database` URL';

export function parseDatabaseUrl(variable: string, value: string): DatabaseConfig {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (path === '') throw new ConfigError(variable, value, ACCEPTED);
    return { dialect: 'sqlite', path };
  }
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(variable, redact(value), ACCEPTED);
    }
    if (url.hostname === '' || url.pathname.length <= 1) {
      throw new ConfigError(variable, redact(value), `${ACCEPTED} (with a host and a database name)`);
    }
    return { dialect: 'postgresql', url: value };
  }
  throw new ConfigError(variable, redact(value), ACCEPTED);
}

/** Error messages end up in logs: never repeat a password. */
function redact(value: string): string {
  return value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

/** The URL as safe to log: the password is masked. */
export function describeDatabase(database: DatabaseConfig): string {
  return database.dialect === 'sqlite' ? `sqlite:${database.path}` : redact(database.url);
}
