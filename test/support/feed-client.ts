import { afterAll } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
}

/**
 * A real graphql-ws client on the gateway's /graphql, authenticated in connection_init with
 * `{ authorization: "Bearer <token>" }`. It never retries: a closed socket is something to assert.
 */
export class FeedClient {
  readonly client: Client;
  /** Settles with the close code and reason when the socket closes. */
  readonly closed: Promise<CloseInfo>;

  constructor(graphqlUrl: string, connectionParams: Record<string, unknown>) {
    let onClosed: (info: CloseInfo) => void = () => undefined;
    this.closed = new Promise((resolve) => {
      onClosed = resolve;
    });
    this.client = createClient({
      url: graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string | Buffer };
          onClosed({ code, reason: String(reason) });
        },
      },
    });
  }

  /** A client presenting `Bearer <token>`. */
  static withToken(graphqlUrl: string, token: string): FeedClient {
    return new FeedClient(graphqlUrl, { authorization: `Bearer ${token}` });
  }

  subscribe<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): LiveSubscription<TData> {
    return new LiveSubscription<TData>(this.client, print(document), variables);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

/** Everything a subscription received, in order, and how it ended; `until` waits for a condition on it. */
export class LiveSubscription<TData> {
  readonly data: TData[] = [];
  /** The errors it ended with (an `error` message, or a `next` carrying errors). */
  errors: readonly GraphQLFormattedError[] | undefined;
  /** Set when it ended because the socket closed. */
  closedBy: CloseInfo | undefined;
  completed = false;
  private readonly stop: () => void;
  private readonly listeners = new Set<() => void>();

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe<TData>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors = result.errors;
          else this.data.push(result.data as TData);
          this.changed();
        },
        error: (error) => {
          if (Array.isArray(error)) this.errors = error as GraphQLFormattedError[];
          else if (typeof error === 'object' && error !== null && 'code' in error) this.closedBy = { code: (error as CloseInfo).code, reason: String((error as CloseInfo).reason) };
          else this.errors = [{ message: String(error) }];
          this.changed();
        },
        complete: () => {
          this.completed = true;
          this.changed();
        },
      },
    );
  }

  get ended(): boolean {
    return this.completed || this.errors !== undefined || this.closedBy !== undefined;
  }

  /** The one error code it ended with. */
  get errorCode(): unknown {
    return this.errors?.[0]?.extensions?.code;
  }

  /** Waits until `condition` holds, failing with what was received after `timeoutMs`. */
  async until(condition: (subscription: this) => boolean, timeoutMs = 10_000, what = 'the expected events'): Promise<void> {
    if (condition(this)) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!condition(this)) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for ${what}; received ${this.data.length} (ended: ${this.ended}, errors: ${JSON.stringify(this.errors)}, closed: ${JSON.stringify(this.closedBy)})`));
      }, timeoutMs);
      this.listeners.add(check);
    });
  }

  /** Waits for `count` values in all. */
  received(count: number, timeoutMs?: number): Promise<void> {
    return this.until((s) => s.data.length >= count || s.ended, timeoutMs, `${count} values`).then(() => {
      if (this.data.length < count) throw new Error(`the subscription ended after ${this.data.length} of ${count} values: ${JSON.stringify(this.errors ?? this.closedBy)}`);
    });
  }

  unsubscribe(): void {
    this.stop();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * WebSocket clients of the suite's gateway, all closed after its last test (before the gateway
 * stops): `open` with any connection_init payload, `connect` with `Bearer <token>`.
 */
export function useFeedClients(graphqlUrl: () => string): { open(params: Record<string, unknown>): FeedClient; connect(token: string): FeedClient } {
  const clients: FeedClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
  });
  const open = (params: Record<string, unknown>): FeedClient => {
    const client = new FeedClient(graphqlUrl(), params);
    clients.push(client);
    return client;
  };
  return { open, connect: (token) => open({ authorization: `Bearer ${token}` }) };
}
