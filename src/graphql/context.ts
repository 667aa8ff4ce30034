import type { SqlEntityManager } from '@mikro-orm/knex';
import type { IncomingMessage } from 'node:http';
import { authenticate } from '../auth/authenticate.js';
import type { ServiceAccountConfig } from '../config/service-account-config.js';
import { RolegateError } from '../domain/errors.js';
import type { AccessChangeHooks } from '../persistence/access-change.js';
import type { GrantCacheSync } from '../persistence/grant-cache-sync.js';
import type { Database } from '../persistence/orm.js';
import type { FeedConnection } from '../realtime/feed-connection.js';
import type { Viewer } from '../services/service-context.js';
import { Services } from '../services/services.js';
import { toGraphQLError } from './errors.js';
import { createLoaders, type Loaders } from './loaders/loaders.js';

/** Per request: the verified caller, a forked EntityManager behind the services, fresh DataLoaders. */
export interface RequestContext {
  readonly viewer: Viewer;
  readonly services: Services;
  readonly loaders: Loaders;
  /** Over WebSocket only: the caller's connection, through which subscriptions are made. */
  readonly feed?: FeedConnection;
}

/** What every unit of work of a gateway shares. */
export interface SharedByUnits {
  /** Run after each access change commits (the instance's grant cache and the live feed hook in). */
  readonly hooks: AccessChangeHooks;
  readonly serviceAccounts: ServiceAccountConfig;
  /** The instance's grant cache, and how a unit brings it up to the database's revision. */
  readonly grantCache: GrantCacheSync;
}

/** One unit of work over a forked EntityManager: the services over it and fresh loaders. */
export function unitOfWork(em: SqlEntityManager, viewer: Viewer, shared: SharedByUnits): Pick<RequestContext, 'services' | 'loaders'> {
  const loaders = createLoaders(em, shared.grantCache.cache);
  return { services: new Services(em, viewer, loaders, shared.hooks, shared.serviceAccounts), loaders };
}

/**
 * Authenticates the request before anything runs: with no valid token Apollo answers 401 with
 * code UNAUTHENTICATED, and no resolver is reached. Then brings the grant cache up to the
 * database's revision, so the request reads nothing older than its start.
 */
export function createContextFactory(db: Database, shared: SharedByUnits): (req: IncomingMessage) => Promise<RequestContext> {
  return async (req) => {
    const em = db.fork();
    let viewer: Viewer;
    try {
      viewer = await authenticate(req.headers.authorization, em, { jwtAudience: shared.serviceAccounts.jwtAudience });
    } catch (error) {
      if (error instanceof RolegateError) throw toGraphQLError(error, 401);
      throw error;
    }
    await shared.grantCache.catchUp(em);
    return { viewer, ...unitOfWork(em, viewer, shared) };
  };
}
