#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SA_TOKEN_USAGE, saTokenCommand } from './cli/sa-token-command.js';
import { UsageError } from './cli/usage-error.js';
import { ConfigError } from './config/config-error.js';
import { CONFIG_VARIABLES, loadConfig, type Config } from './config/config.js';
import { RolegateError } from './domain/errors.js';
import { SchemaVersionError } from './persistence/schema-version-error.js';
import { parseSeedOptions } from './persistence/seed/seed-options.js';

const USAGE = `Usage: rolegate <command> [options]

Commands:
  serve                                   start the gateway (applies pending migrations first)
  migrate                                 apply pending migrations and exit
  bootstrap --org <name> --admin-email <email> --admin-name <name>
                                          create the first organization and its Org Admin;
                                          prints the admin's API token once
  seed --principals <n> --projects <n> --environments <n> --grants <n> [--seed <s>] [--organization-name <name>]
                                          build a large organization for benchmarks and demos,
                                          the same one for the same --seed (default 1), as one
                                          change; prints a token of its Org Admin once
  ${SA_TOKEN_USAGE}

Configuration (environment variables):
${CONFIG_VARIABLES.map((v) => `  ${v.name.padEnd(36)} default ${v.default}`).join('\n')}
`;

type Command = (config: Config, args: string[]) => Promise<void>;

// Commands import what they use when they run: `sa-token`, run by CI jobs for every call, then
// starts without loading the gateway, the ORM or the database drivers.

const COMMANDS: Record<string, Command> = {
  serve: async (config) => {
    const { bootstrap } = await import('./app.js');
    const gateway = await bootstrap(config);
    const stop = async (): Promise<void> => {
      await gateway.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  },
  migrate: async (config) => {
    const { openDatabase } = await import('./persistence/orm.js');
    const { migrateToLatest } = await import('./persistence/migrate.js');
    const db = await openDatabase(config);
    try {
      const applied = await migrateToLatest(db);
      console.log(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`);
    } finally {
      await db.close();
    }
  },
  bootstrap: async (config, args) => {
    const { values } = parseArgs({
      args,
      options: { org: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } },
      strict: true,
    });
    if (!values.org || !values['admin-email'] || !values['admin-name']) throw new UsageError('bootstrap needs --org, --admin-email and --admin-name.');
    const { openDatabase } = await import('./persistence/orm.js');
    const { migrateToLatest } = await import('./persistence/migrate.js');
    const { bootstrapOrganization } = await import('./services/bootstrap-service.js');
    const db = await openDatabase(config);
    try {
      await migrateToLatest(db);
      const result = await bootstrapOrganization(db.fork(), {
        organizationName: values.org,
        adminEmail: values['admin-email'],
        adminName: values['admin-name'],
      });
      console.log(`organization ${result.organizationId}`);
      console.log(`admin        ${result.adminId}`);
      console.log(`token        ${result.token}`);
      console.error('The token is shown once: store it now. Use it as "Authorization: Bearer <token>".');
    } finally {
      await db.close();
    }
  },
  seed: async (config, args) => {
    const { values } = parseArgs({
      args,
      options: {
        principals: { type: 'string' },
        projects: { type: 'string' },
        environments: { type: 'string' },
        grants: { type: 'string' },
        seed: { type: 'string' },
        'organization-name': { type: 'string' },
      },
      strict: true,
    });
    const options = parseSeedOptions(values);
    const { openDatabase } = await import('./persistence/orm.js');
    const { migrateToLatest } = await import('./persistence/migrate.js');
    const { seedOrganization } = await import('./services/seed-service.js');
    const db = await openDatabase(config);
    try {
      await migrateToLatest(db);
      const started = performance.now();
      const result = await seedOrganization(db.fork(), options);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`organization ${result.organizationId}`);
      console.log(`admin        ${result.adminId}`);
      console.log(`token        ${result.token}`);
      console.log(`revision     ${result.revision}`);
      const { principals, projects, environments, grants, events } = result.counts;
      console.error(`Seeded ${principals} principals, ${projects} projects, ${environments} environments, ${grants} grants and ${events} events in ${seconds} s.`);
      console.error('The token is shown once: store it now. Use it as "Authorization: Bearer <token>".');
    } finally {
      await db.close();
    }
  },
  'sa-token': (config, args) => saTokenCommand(config, args),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  await command(loadConfig(), args);
}

/** node:util parseArgs refuses unknown options, missing values and stray arguments with these codes. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || isParseArgsError(error)) process.stderr.write(`rolegate: ${error.message}\n\n${USAGE}`);
  else if (error instanceof ConfigError || error instanceof SchemaVersionError || error instanceof RolegateError) process.stderr.write(`rolegate: ${error.message}\n`);
  else process.stderr.write(`rolegate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
