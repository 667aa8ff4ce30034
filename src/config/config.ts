import { ConfigError } from './config-error.js';
import { parseDatabaseUrl, type DatabaseConfig } from './database-url.js';
import { parseDays, parseJwtAudience, parseSharedMailboxPattern, type ServiceAccountConfig } from './service-account-config.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Local parts made of, or ending in, words that name a team or a machine: `coalesce_svc@`, `data-platform@`, `ci@`. */
const DEFAULT_SHARED_MAILBOX_PATTERN =
  '^(?:[^@]*[._+-])?(?:svc|service|services|team|ops|devops|dataops|platform|ci|cicd|deploy|deployments|automation|bot|robot|alerts|noreply|no-reply|dl|group|list|shared)(?:[._+-][^@]*)?@';

/** Everything Rolegate reads from its environment, verified. Built once by `loadConfig`. */
export interface Config {
  readonly database: DatabaseConfig;
  /** TCP port for HTTP and WebSocket; 0 picks a free one (tests). */
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** Log every SQL statement the ORM runs (parameters included: never in production). */
  readonly debugSql: boolean;
  readonly serviceAccounts: ServiceAccountConfig;
  readonly feed: FeedConfig;
  /** Principals (and, separately, scopes) whose grants each instance keeps in memory; 0 turns the cache off. */
  readonly grantCacheSize: number;
}

/** The live access feed (GraphQL subscriptions over WebSocket). */
export interface FeedConfig {
  /** How often the gateway reads the event log without being woken: the catch-up for a missed notification. */
  readonly pollIntervalMs: number;
  /** How often open connections re-check their credentials; a revoked or expired one is closed within it. */
  readonly revalidateIntervalMs: number;
  /** Undelivered events one connection may hold before its lagging subscription ends with RESUBSCRIBE_REQUIRED. */
  readonly queueLimit: number;
}

export interface ConfigVariable {
  readonly name: string;
  /** The value used when the variable is unset or empty. */
  readonly default: string;
  readonly description: string;
}

/** The variables Rolegate reads, for the README's table and `--help`. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    name: 'ROLEGATE_DATABASE_URL',
    default: 'sqlite:./data/rolegate.sqlite',
    description:
      'Where access data lives: `sqlite:<path>` (the directory is created), `sqlite::memory:` (lost on exit) or a `postgres://` / `postgresql://` URL.',
  },
  { name: 'ROLEGATE_PORT', default: '4000', description: 'TCP port for GraphQL over HTTP and WebSocket; `0` picks a free port.' },
  {
    name: 'ROLEGATE_HOST',
    default: '127.0.0.1',
    description: 'Interface to listen on. Loopback by default so a fresh install is not exposed; set `0.0.0.0` in containers.',
  },
  { name: 'ROLEGATE_LOG_LEVEL', default: 'info', description: 'Least severe log entries written: `debug`, `info`, `warn` or `error`.' },
  {
    name: 'ROLEGATE_DEBUG_SQL',
    default: 'false',
    description: 'When `true`, log every SQL statement with its parameters. For development only.',
  },
  {
    name: 'ROLEGATE_JWT_AUDIENCE',
    default: 'rolegate',
    description:
      'The `aud` claim every service-account JWT must carry. Give each deployment its own (for example its public URL) so a token minted for one is refused by another.',
  },
  {
    name: 'ROLEGATE_SA_SHARED_MAILBOX_PATTERN',
    default: DEFAULT_SHARED_MAILBOX_PATTERN,
    description:
      'Regular expression (case-insensitive) a service account\'s contact email must match to count as a distribution list; the advisor reports any other address as personal.',
  },
  {
    name: 'ROLEGATE_SA_KEY_MAX_AGE_DAYS',
    default: '90',
    description: 'The advisor reports service-account keys registered longer ago than this many days: rotate them.',
  },
  {
    name: 'ROLEGATE_SA_ROLE_UNUSED_DAYS',
    default: '30',
    description:
      'The advisor reports a service-account role held this many days with no allowed `check` relying on it in that time.',
  },
  {
    name: 'ROLEGATE_FEED_POLL_MS',
    default: '1000',
    description:
      'Milliseconds between reads of the access event log when no notification came: the catch-up for a missed PostgreSQL NOTIFY or a change written by another process.',
  },
  {
    name: 'ROLEGATE_FEED_REVALIDATE_MS',
    default: '500',
    description: 'Milliseconds between re-checks of the credentials of open WebSocket connections: a revoked or expired token, or a disabled principal, is disconnected (4403) within this time.',
  },
  {
    name: 'ROLEGATE_FEED_QUEUE_LIMIT',
    default: '1000',
    description:
      'Events waiting to be sent on one WebSocket connection before the subscription that falls behind is ended with RESUBSCRIBE_REQUIRED (it resumes from its last revision).',
  },
  {
    name: 'ROLEGATE_GRANT_CACHE_SIZE',
    default: '20000',
    description:
      'Principals whose grants each instance keeps in memory (least recently used dropped first; the same number of scopes, and of live-feed subscribers placed in classes of viewers). Every request first reads the current revision and forgets what changed since, so answers are never staler than the database; `0` turns the cache off, and the feed then keeps no class from one batch to the next.',
  },
];

type Environment = Readonly<Record<string, string | undefined>>;

function read(env: Environment, name: string): string {
  const value = env[name]?.trim();
  if (value) return value;
  const variable = CONFIG_VARIABLES.find((v) => v.name === name);
  if (!variable) throw new Error(`${name} is not a documented configuration variable`);
  return variable.default;
}

function parsePort(name: string, value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65_535)) throw new ConfigError(name, value, 'an integer from 0 to 65535 (0 picks a free port)');
  return port;
}

function parseLogLevel(name: string, value: string): LogLevel {
  const level = LOG_LEVELS.find((l) => l === value.toLowerCase());
  if (!level) throw new ConfigError(name, value, `one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

function parseInteger(name: string, value: string, min: number, max: number): number {
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= max)) throw new ConfigError(name, value, `an integer from ${min} to ${max}`);
  return parsed;
}

function parseBoolean(name: string, value: string): boolean {
  switch (value.toLowerCase()) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      throw new ConfigError(name, value, '`true` or `false` (or `1` / `0`)');
  }
}

/**
 * Reads and verifies the configuration. The only reader of `process.env`: call it once at
 * start-up and pass the result down. Throws a `ConfigError` naming the first bad variable.
 */
export function loadConfig(env: Environment = process.env): Config {
  return {
    database: parseDatabaseUrl('ROLEGATE_DATABASE_URL', read(env, 'ROLEGATE_DATABASE_URL')),
    port: parsePort('ROLEGATE_PORT', read(env, 'ROLEGATE_PORT')),
    host: read(env, 'ROLEGATE_HOST'),
    logLevel: parseLogLevel('ROLEGATE_LOG_LEVEL', read(env, 'ROLEGATE_LOG_LEVEL')),
    debugSql: parseBoolean('ROLEGATE_DEBUG_SQL', read(env, 'ROLEGATE_DEBUG_SQL')),
    serviceAccounts: {
      jwtAudience: parseJwtAudience('ROLEGATE_JWT_AUDIENCE', read(env, 'ROLEGATE_JWT_AUDIENCE')),
      sharedMailboxPattern: parseSharedMailboxPattern('ROLEGATE_SA_SHARED_MAILBOX_PATTERN', read(env, 'ROLEGATE_SA_SHARED_MAILBOX_PATTERN')),
      keyMaxAgeDays: parseDays('ROLEGATE_SA_KEY_MAX_AGE_DAYS', read(env, 'ROLEGATE_SA_KEY_MAX_AGE_DAYS')),
      roleUnusedDays: parseDays('ROLEGATE_SA_ROLE_UNUSED_DAYS', read(env, 'ROLEGATE_SA_ROLE_UNUSED_DAYS')),
    },
    feed: {
      pollIntervalMs: parseInteger('ROLEGATE_FEED_POLL_MS', read(env, 'ROLEGATE_FEED_POLL_MS'), 10, 3_600_000),
      revalidateIntervalMs: parseInteger('ROLEGATE_FEED_REVALIDATE_MS', read(env, 'ROLEGATE_FEED_REVALIDATE_MS'), 10, 60_000),
      queueLimit: parseInteger('ROLEGATE_FEED_QUEUE_LIMIT', read(env, 'ROLEGATE_FEED_QUEUE_LIMIT'), 1, 1_000_000),
    },
    grantCacheSize: parseInteger('ROLEGATE_GRANT_CACHE_SIZE', read(env, 'ROLEGATE_GRANT_CACHE_SIZE'), 0, 10_000_000),
  };
}
