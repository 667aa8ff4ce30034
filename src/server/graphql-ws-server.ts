import { getOperationAST, getVariableValues, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode, type Disposable, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate } from '../auth/authenticate.js';
import { RolegateError } from '../domain/errors.js';
import { DocumentCache } from '../graphql/document-cache.js';
import type { SharedByUnits } from '../graphql/context.js';
import type { FrameTransport } from '../graphql/shared-frame-writer.js';
import { SocketContext } from '../graphql/socket-context.js';
import { subscribeWithContextPerEvent } from '../graphql/subscribe-per-event.js';
import type { Database } from '../persistence/orm.js';
import type { AccessFeed } from '../realtime/access-feed.js';
import { CLOSE_FORBIDDEN, closeReason, type FeedConnection } from '../realtime/feed-connection.js';
import type { Logger } from './logger.js';
import { describeError } from './logger.js';

/** `ws` send options for a text message, made once rather than per frame (`ws` copies them). */
const TEXT_FRAME = { binary: false } as const;

/** Messages larger than this are refused (the socket closes with 1009): no operation comes close. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

export interface GraphQLWebSocketOptions {
  readonly server: Server;
  readonly schema: GraphQLSchema;
  readonly db: Database;
  readonly feed: AccessFeed;
  readonly shared: SharedByUnits;
  /** The error formatter HTTP uses (`graphql/errors.ts`), so both transports show errors alike. */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  readonly logger: Logger;
}

/**
 * GraphQL over WebSocket (graphql-ws's graphql-transport-ws protocol) on the HTTP server's port
 * and path, `/graphql`. A client authenticates in `connection_init` with the payload
 * `{ "authorization": "Bearer <credential>" }`, the value of the HTTP `Authorization` header
 * (browsers cannot set headers on a WebSocket): a personal API token or a service account's JWT. A refused credential closes the socket with 4403 and the
 * reason; so does one that stops working while the socket is open (`realtime/connection-guard.ts`).
 *
 * Queries and mutations work too. Errors are formatted as over HTTP; an error of the subscribe
 * step arrives as a `next` message with `errors` followed by `complete`, one that ends a running
 * subscription as an `error` message.
 */
export function serveGraphQLOverWebSocket(options: GraphQLWebSocketOptions): Disposable {
  const { schema, db, feed, shared, formatError, logger } = options;
  const connections = new WeakMap<WebSocket, FeedConnection>();
  const sockets = new WebSocketServer({ server: options.server, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));
  const documents = new DocumentCache(schema);

  return useServer(
    {
      schema,
      isProd: true,
      subscribe: subscribeWithContextPerEvent,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const authorization = credentialOf(ctx.connectionParams);
        if (authorization === undefined) {
          socket.close(CLOSE_FORBIDDEN, 'Authentication required: send {"authorization": "Bearer <token>"} as the connection_init payload.');
          return false;
        }
        try {
          const viewer = await authenticate(authorization, db.fork(), { jwtAudience: shared.serviceAccounts.jwtAudience });
          if (socket.readyState !== socket.OPEN) return false;
          connections.set(socket, feed.connect(viewer, authorization, (code, reason) => socket.close(code, reason)));
          return true;
        } catch (error) {
          if (error instanceof RolegateError) socket.close(CLOSE_FORBIDDEN, closeReason(error.message));
          else {
            logger.error('authenticating a WebSocket connection failed', describeError(error));
            socket.close(CloseCode.InternalServerError, 'Internal server error');
          }
          return false;
        }
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) feed.disconnect(connection);
      },
      context: (ctx, id) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) throw new Error('An operation arrived on a WebSocket that was never acknowledged.');
        return new SocketContext(db, connection, shared, frameTransport(ctx.extra.socket, id));
      },
      onSubscribe: async (_ctx, _id, payload) => {
        // Like an HTTP request, an operation reads nothing older than its start.
        await shared.grantCache.catchUp(db.fork());
        return executionArgs(schema, documents, payload);
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    sockets,
  );
}

/**
 * Writes an operation's messages to its socket as graphql-ws's own adapter does (nothing once the
 * socket is closing), reporting when each left the process, or was dropped with the socket.
 */
function frameTransport(socket: WebSocket, id: string): FrameTransport {
  return {
    id,
    send: (frame, flushed) => {
      if (socket.readyState !== socket.OPEN) flushed();
      else socket.send(frame, TEXT_FRAME, flushed);
    },
  };
}

/** The `authorization` entry of the connection_init payload (any letter case). */
function credentialOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * Parses, validates and checks the variables of an operation before graphql-ws runs it, giving
 * its errors the codes Apollo gives them over HTTP (graphql-ws would send them without one).
 */
function executionArgs(schema: GraphQLSchema, documents: DocumentCache, payload: SubscribePayload) {
  const parsed = documents.get(payload.query);
  if ('parseError' in parsed) return [withCode(parsed.parseError, 'GRAPHQL_PARSE_FAILED')];
  if ('validationErrors' in parsed) return parsed.validationErrors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  const { document } = parsed;
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [new GraphQLError('Name the operation to run (operationName).', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (variables.errors) return variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT'));
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}
