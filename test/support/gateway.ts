import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { bootstrap, type Gateway } from '../../src/app.js';
import type { FeedConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/server/logger.js';
import { bootstrapOrganization, type BootstrapResult } from '../../src/services/bootstrap-service.js';
import { openTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
  readonly path?: readonly (string | number)[];
}

export interface GraphQLResponse<TData> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorBody[];
}

export interface TestGateway {
  readonly gateway: Gateway;
  readonly database: TestDatabase;
  /** The organization, Org Admin and token made by `rolegate bootstrap`'s use case. */
  readonly founder: BootstrapResult;
  /** Internal errors the server logged (masked for clients); tests assert there are none unexpected. */
  readonly internalErrors: unknown[];
  /** Sends an operation over HTTP with `Authorization: Bearer <token>` (none when token is null). */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token: string | null): Promise<GraphQLResponse<TData>>;
  /** Like request, but fails the test unless the response has data and no errors. */
  ok<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token: string): Promise<TData>;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** Live feed settings to use instead of the defaults (shorter intervals, a smaller queue). */
  readonly feed?: Partial<FeedConfig>;
}

/** A real gateway on a random port over a fresh database (SQLite, or PostgreSQL when configured). */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const database = await openTestDatabase();
  const internalErrors: unknown[] = [];
  const logger = createLogger('error', (line) => internalErrors.push(JSON.parse(line)));
  const gateway = await bootstrap({ ...database.config, feed: { ...database.config.feed, ...options.feed } }, { logger });
  const founder = await bootstrapOrganization(database.db.fork(), { organizationName: 'Acme', adminEmail: 'ada@acme.test', adminName: 'Ada' });

  const request = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token: string | null) =>
    requestGraphQL(gateway.url, document, variables, token);

  return {
    gateway,
    database,
    founder,
    internalErrors,
    request,
    ok: async (document, variables, token) => {
      const response = await request(document, variables, token);
      if (response.errors?.length || !response.data) {
        throw new Error(`expected data, got ${response.status}: ${JSON.stringify(response.errors)}`);
      }
      return response.data;
    },
    close: async () => {
      await gateway.close();
      await database.close();
    },
  };
}

/** Sends an operation to any gateway's GraphQL URL over HTTP, with `Authorization: Bearer <token>` unless token is null. */
export async function requestGraphQL<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string | null,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, ...body };
}

/** The single error of a refused operation, asserting there is exactly one. */
export function onlyError(response: GraphQLResponse<unknown>): GraphQLErrorBody {
  if (response.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(response.errors)}`);
  return response.errors[0]!;
}
