import type { ScopeRef } from '../domain/scope.js';
import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { AccessChangesRequest } from '../services/access-feed-service.js';
import type { Viewer } from '../services/service-context.js';
import type { Services } from '../services/services.js';
import type { AccessFeed } from './access-feed.js';
import { ConnectionBudget } from './connection-budget.js';
import type { EffectivePermissionsUpdate } from './permission-diff.js';

/** Close code for a connection whose credentials are refused or stopped working (graphql-ws's Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

/** WebSocket close reasons are limited to 123 bytes. */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * One authenticated WebSocket connection: who it is, the credential it presented (re-checked
 * while it stays open), the budget its subscriptions share, and the way to subscribe.
 */
export class FeedConnection {
  readonly budget: ConnectionBudget;
  private refused = false;

  constructor(
    private readonly feed: AccessFeed,
    readonly viewer: Viewer,
    /** The `Authorization` value from `connection_init`. */
    readonly authorization: string,
    private readonly closeSocket: (code: number, reason: string) => void,
    queueLimit: number,
  ) {
    this.budget = new ConnectionBudget(queueLimit);
  }

  /** Subscribes, checking the request with the subscribing operation's `services`. */
  accessChanged(services: Services, request: AccessChangesRequest): Promise<AsyncIterableIterator<AccessEvent>> {
    return this.feed.subscribeToAccessChanges(this, services, request);
  }

  effectivePermissionsChanged(services: Services, principalId: string, scope: ScopeRef): Promise<AsyncIterableIterator<EffectivePermissionsUpdate>> {
    return this.feed.subscribeToEffectivePermissions(this, services, principalId, scope);
  }

  /** Whether the connection was refused and is closing. */
  get isRefused(): boolean {
    return this.refused;
  }

  /** Closes the socket with 4403: its credentials no longer authenticate. */
  refuse(reason: string): void {
    if (this.refused) return;
    this.refused = true;
    this.closeSocket(CLOSE_FORBIDDEN, closeReason(reason));
  }
}

export function closeReason(message: string): string {
  let reason = message;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON_BYTES) reason = reason.slice(0, -1);
  return reason;
}
