import type { SqlEntityManager } from '@mikro-orm/knex';
import type { IncomingMessage } from 'node:http';
import { authenticate } from '../auth/authenticate.js';
import type { ServiceAccountConfig } from '../config/service-account-config.js';
import { RolegateError } from '../domain/errors.js';
import type { AccessChangeHooks } from '../persistence/access-change.js';
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

/** One unit of work over a forked EntityManager: the services over it and fresh loaders. */
export function unitOfWork(
  em: SqlEntityManager,
  viewer: Viewer,
  hooks: AccessChangeHooks,
  serviceAccounts: ServiceAccountConfig,
): Pick<RequestContext, 'services' | 'loaders'> {
  const loaders = createLoaders(em);
  return { services: new Services(em, viewer, loaders, hooks, serviceAccounts), loaders };
}

/**
 * Authenticates the request before anything runs: with no valid token Apollo answers 401 with
 * code UNAUTHENTICATED, and no resolver is reached.
 */
export function createContextFactory(
  db: Database,
  serviceAccounts: ServiceAccountConfig,
  hooks: AccessChangeHooks = {},
): (req: IncomingMessage) => Promise<RequestContext> {
  return async (req) => {
    const em = db.fork();
    let viewer: Viewer;
    try {
      viewer = await authenticate(req.headers.authorization, em, { jwtAudience: serviceAccounts.jwtAudience });
    } catch (error) {
      if (error instanceof RolegateError) throw toGraphQLError(error, 401);
      throw error;
    }
    return { viewer, ...unitOfWork(em, viewer, hooks, serviceAccounts) };
  };
}
