import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
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
  /** ROLEGATE_GRANT_CACHE_SIZE instead of the default (0 turns the instance's grant cache off). */
  readonly grantCacheSize?: number;
}

/** A real gateway on a random port over a fresh database (SQLite, or PostgreSQL when configured). */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const database = await openTestDatabase();
  const internalErrors: unknown[] = [];
  const logger = createLogger('error', (line) => internalErrors.push(JSON.parse(line)));
  const config = { ...database.config, feed: { ...database.config.feed, ...options.feed }, grantCacheSize: options.grantCacheSize ?? database.config.grantCacheSize };
  const gateway = await bootstrap(config, { logger });
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

/**
 * The suite's gateway: started before its first test, stopped after its last, and every test
 * fails if the gateway logged an internal error meanwhile (a test that provokes one on purpose
 * checks and clears `internalErrors` itself). The returned object stands for the gateway once
 * started; using it outside a test or hook is a mistake it reports.
 */
export function useTestGateway(options: TestGatewayOptions = {}): TestGateway {
  let started: TestGateway | undefined;
  beforeAll(async () => {
    started = await startTestGateway(options);
  });
  afterEach(() => {
    expect(started?.internalErrors).toEqual([]);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as TestGateway, {
    get: (_target, property) => {
      if (!started) throw new Error('The test gateway is used before the suite started it (outside a test or hook).');
      return started[property as keyof TestGateway];
    },
  });
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
