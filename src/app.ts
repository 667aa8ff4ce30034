import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/config.js';
import { GrantCache } from './authz/grant-cache.js';
import { createContextFactory, type RequestContext, type SharedByUnits } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { buildRolegateSchema } from './graphql/schema.js';
import { GrantCacheSync } from './persistence/grant-cache-sync.js';
import { migrateToLatest } from './persistence/migrate.js';
import { openDatabase, type Database } from './persistence/orm.js';
import type { AccessFeed } from './realtime/access-feed.js';
import { startAccessFeed } from './realtime/start-access-feed.js';
import { createGraphQLHttpHandler } from './server/graphql-http-handler.js';
import { serveGraphQLOverWebSocket } from './server/graphql-ws-server.js';
import { refuseSubscriptionsOverHttp } from './server/subscriptions-over-http.js';
import { respondHealth } from './server/health.js';
import { createLogger, describeError, type Logger } from './server/logger.js';

export interface Gateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  /** The live access feed (subscriptions are made over WebSocket; tests and benchmarks reach it here). */
  readonly feed: AccessFeed;
  /** Stops accepting connections, closes WebSockets and the live feed, drains Apollo, closes the database. */
  close(): Promise<void>;
}

export interface BootstrapOverrides {
  readonly logger?: Logger;
}

/**
 * Starts a gateway: opens the database, applies pending migrations (refusing a schema newer than
 * this build), builds the schema once, starts the live access feed, and serves `/graphql` (HTTP
 * and WebSocket) and `/health` on one port. No side effects on import; tests call this with port
 * 0 and close it after.
 */
export async function bootstrap(config: Config, overrides: BootstrapOverrides = {}): Promise<Gateway> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const db = await openDatabase(config);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) logger.info('applied migrations', { migrations: applied });
    return await serve(config, db, logger);
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function serve(config: Config, db: Database, logger: Logger): Promise<Gateway> {
  const schema = await buildRolegateSchema();
  const formatError = createErrorFormatter((error) => logger.error('internal error', describeError(error)));
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Rolegate sets no cache hints; Apollo's default cache-control plugin would still wrap every field's resolver.
    plugins: [refuseSubscriptionsOverHttp(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const grantCache = new GrantCacheSync(new GrantCache(config.grantCacheSize));
  const feed = await startAccessFeed(db, config, logger, grantCache.cache);
  const shared: SharedByUnits = { hooks: feed.hooks, serviceAccounts: config.serviceAccounts, grantCache };
  const handleGraphQL = createGraphQLHttpHandler(apollo, createContextFactory(db, shared));
  const server = createServer((req, res) => {
    route(req, res, db, handleGraphQL).catch((error: unknown) => {
      logger.error('request failed', describeError(error));
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });
  const sockets = serveGraphQLOverWebSocket({ server, schema, db, feed, shared, formatError, logger });
  let port: number;
  try {
    port = await listen(server, config.port, config.host);
  } catch (error) {
    await Promise.all([sockets.dispose(), feed.close(), apollo.stop()]);
    throw error;
  }
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;
  logger.info('rolegate is listening', { url, database: db.dialect });
  return {
    url,
    port,
    db,
    feed,
    close: async () => {
      await sockets.dispose();
      await feed.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await db.close();
    },
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  handleGraphQL: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) return respondHealth(db, res);
  if (path === '/graphql') return handleGraphQL(req, res);
  res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found: use /graphql or /health' }));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
