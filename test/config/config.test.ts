import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/config.js';
import { describeDatabase } from '../../src/config/database-url.js';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      database: { dialect: 'sqlite', path: './data/rolegate.sqlite' },
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      debugSql: false,
      serviceAccounts: {
        jwtAudience: 'rolegate',
        sharedMailboxPattern: expect.any(RegExp),
        keyMaxAgeDays: 90,
        roleUnusedDays: 30,
      },
      feed: { pollIntervalMs: 1000, revalidateIntervalMs: 500, queueLimit: 1000 },
      grantCacheSize: 20_000,
    });
  });

  it('documents every variable it reads, with the default it applies', () => {
    const defaults = Object.fromEntries(CONFIG_VARIABLES.map((v) => [v.name, v.default]));
    expect(loadConfig(defaults)).toEqual(loadConfig({}));
    expect(CONFIG_VARIABLES.map((v) => v.name)).toEqual([
      'ROLEGATE_DATABASE_URL',
      'ROLEGATE_PORT',
      'ROLEGATE_HOST',
      'ROLEGATE_LOG_LEVEL',
      'ROLEGATE_DEBUG_SQL',
      'ROLEGATE_JWT_AUDIENCE',
      'ROLEGATE_SA_SHARED_MAILBOX_PATTERN',
      'ROLEGATE_SA_KEY_MAX_AGE_DAYS',
      'ROLEGATE_SA_ROLE_UNUSED_DAYS',
      'ROLEGATE_FEED_POLL_MS',
      'ROLEGATE_FEED_REVALIDATE_MS',
      'ROLEGATE_FEED_QUEUE_LIMIT',
      'ROLEGATE_GRANT_CACHE_SIZE',
    ]);
  });

  it('treats empty and blank values as unset', () => {
    expect(loadConfig({ ROLEGATE_PORT: '', ROLEGATE_LOG_LEVEL: '  ' })).toMatchObject({ port: 4000, logLevel: 'info' });
  });

  it.each([
    ['sqlite:./x.sqlite', { dialect: 'sqlite', path: './x.sqlite' }],
    ['sqlite:/var/lib/rolegate/db', { dialect: 'sqlite', path: '/var/lib/rolegate/db' }],
    ['sqlite::memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['postgres://u:p@db:5432/rolegate', { dialect: 'postgresql', url: 'postgres://u:p@db:5432/rolegate' }],
    ['postgresql://db/rolegate', { dialect: 'postgresql', url: 'postgresql://db/rolegate' }],
  ])('accepts ROLEGATE_DATABASE_URL=%s', (value, database) => {
    expect(loadConfig({ ROLEGATE_DATABASE_URL: value }).database).toEqual(database);
  });

  it.each([
    ['0', 0],
    ['65535', 65_535],
    ['8080', 8080],
  ])('accepts ROLEGATE_PORT=%s', (value, port) => {
    expect(loadConfig({ ROLEGATE_PORT: value }).port).toBe(port);
  });

  it.each([
    ['0', 0],
    ['500000', 500_000],
  ])('accepts ROLEGATE_GRANT_CACHE_SIZE=%s (0 turns the cache off)', (value, size) => {
    expect(loadConfig({ ROLEGATE_GRANT_CACHE_SIZE: value }).grantCacheSize).toBe(size);
  });

  it.each([
    ['1', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
  ])('accepts ROLEGATE_DEBUG_SQL=%s', (value, debugSql) => {
    expect(loadConfig({ ROLEGATE_DEBUG_SQL: value }).debugSql).toBe(debugSql);
  });

  it.each([
    ['coalesce_svc@acme.test', true],
    ['data-platform@acme.test', true],
    ['ci@acme.test', true],
    ['deploy.prod@acme.test', true],
    ['ada.lovelace@acme.test', false],
    ['sven@acme.test', false],
  ])('by default counts %s as a distribution list: %s', (email, shared) => {
    expect(loadConfig({}).serviceAccounts.sharedMailboxPattern.test(email)).toBe(shared);
  });

  it('reads the service-account settings', () => {
    const { serviceAccounts } = loadConfig({
      ROLEGATE_JWT_AUDIENCE: 'https://rolegate.acme.test',
      ROLEGATE_SA_SHARED_MAILBOX_PATTERN: '^team-',
      ROLEGATE_SA_KEY_MAX_AGE_DAYS: '30',
      ROLEGATE_SA_ROLE_UNUSED_DAYS: '7',
    });
    expect(serviceAccounts).toMatchObject({ jwtAudience: 'https://rolegate.acme.test', keyMaxAgeDays: 30, roleUnusedDays: 7 });
    expect(serviceAccounts.sharedMailboxPattern.test('TEAM-data@acme.test')).toBe(true);
  });

  it('reads the live feed settings', () => {
    expect(loadConfig({ ROLEGATE_FEED_POLL_MS: '250', ROLEGATE_FEED_REVALIDATE_MS: '100', ROLEGATE_FEED_QUEUE_LIMIT: '64' }).feed).toEqual({
      pollIntervalMs: 250,
      revalidateIntervalMs: 100,
      queueLimit: 64,
    });
  });

  it('accepts log levels in any case and ROLEGATE_HOST as given', () => {
    expect(loadConfig({ ROLEGATE_LOG_LEVEL: 'WARN', ROLEGATE_HOST: '0.0.0.0' })).toMatchObject({ logLevel: 'warn', host: '0.0.0.0' });
  });

  it.each([
    ['ROLEGATE_DATABASE_URL', 'mysql://db/rolegate', /ROLEGATE_DATABASE_URL="mysql:\/\/db\/rolegate" is not valid: expected `sqlite:<path>`, `sqlite::memory:` or a `postgres:\/\//],
    ['ROLEGATE_DATABASE_URL', 'sqlite:', /expected `sqlite:<path>`/],
    ['ROLEGATE_DATABASE_URL', 'postgres://db', /with a host and a database name/],
    ['ROLEGATE_PORT', '65536', /ROLEGATE_PORT="65536" is not valid: expected an integer from 0 to 65535/],
    ['ROLEGATE_PORT', '4000abc', /ROLEGATE_PORT/],
    ['ROLEGATE_PORT', '-1', /ROLEGATE_PORT/],
    ['ROLEGATE_LOG_LEVEL', 'verbose', /ROLEGATE_LOG_LEVEL="verbose" is not valid: expected one of debug, info, warn, error/],
    ['ROLEGATE_DEBUG_SQL', 'yes', /ROLEGATE_DEBUG_SQL="yes" is not valid: expected `true` or `false`/],
    ['ROLEGATE_JWT_AUDIENCE', 'two words', /ROLEGATE_JWT_AUDIENCE="two words" is not valid: expected a non-empty audience/],
    ['ROLEGATE_SA_SHARED_MAILBOX_PATTERN', '(svc', /ROLEGATE_SA_SHARED_MAILBOX_PATTERN="\(svc" is not valid: expected a JavaScript regular expression/],
    ['ROLEGATE_SA_KEY_MAX_AGE_DAYS', '0', /ROLEGATE_SA_KEY_MAX_AGE_DAYS="0" is not valid: expected a whole number of days, at least 1/],
    ['ROLEGATE_SA_ROLE_UNUSED_DAYS', 'a month', /ROLEGATE_SA_ROLE_UNUSED_DAYS/],
    ['ROLEGATE_FEED_POLL_MS', '5', /ROLEGATE_FEED_POLL_MS="5" is not valid: expected an integer from 10 to 3600000/],
    ['ROLEGATE_FEED_REVALIDATE_MS', '1s', /ROLEGATE_FEED_REVALIDATE_MS="1s" is not valid: expected an integer from 10 to 60000/],
    ['ROLEGATE_FEED_QUEUE_LIMIT', '0', /ROLEGATE_FEED_QUEUE_LIMIT="0" is not valid: expected an integer from 1 to 1000000/],
    ['ROLEGATE_GRANT_CACHE_SIZE', '-1', /ROLEGATE_GRANT_CACHE_SIZE="-1" is not valid: expected an integer from 0 to 10000000/],
  ])('refuses %s=%s, naming the variable and the accepted values', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as ConfigError).message).toMatch(message);
  });

  it('never repeats a database password in an error or a description', () => {
    expect(() => loadConfig({ ROLEGATE_DATABASE_URL: 'postgres://admin:s3cret@db' })).toThrow(/admin:\*\*\*@db/);
    expect(() => loadConfig({ ROLEGATE_DATABASE_URL: 'postgres://admin:s3cret@db' })).not.toThrow(/s3cret/);
    expect(describeDatabase(loadConfig({ ROLEGATE_DATABASE_URL: 'postgres://admin:s3cret@db/x' }).database)).toBe('postgres://admin:***@db/x');
  });
});
