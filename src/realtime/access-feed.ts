import type { GrantCache } from '../authz/grant-cache.js';
import type { FeedConfig } from '../config/config.js';
import type { ScopeRef } from '../domain/scope.js';
import type { AccessEventKind } from '../persistence/access-event-kind.js';
import type { AccessChangeHooks } from '../persistence/access-change.js';
import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { Database } from '../persistence/orm.js';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import { AccessFeedService, type AccessChangesRequest } from '../services/access-feed-service.js';
import type { Viewer } from '../services/service-context.js';
import type { Services } from '../services/services.js';
import { AccessChangesSubscription } from './access-changes-subscription.js';
import { BatchAuthorizer } from './batch-authorizer.js';
import type { ChangeNotifier } from './change-notifier.js';
import { ConnectionGuard } from './connection-guard.js';
import { EffectivePermissionsSubscription } from './effective-permissions-subscription.js';
import { EventLogTail } from './event-log-tail.js';
import { FeedConnection } from './feed-connection.js';
import { organizationBatch, type FeedSubscription, type OrganizationBatch } from './feed-subscription.js';
import type { EffectivePermissionsUpdate } from './permission-diff.js';
import { ViewerClasses } from './viewer-classes.js';

/** Events after which the named principal's connections are re-authenticated at once, not at the next sweep. */
const AUTHENTICATION_EVENTS: ReadonlySet<AccessEventKind> = new Set(['MEMBER_REMOVED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED']);

/**
 * The live access feed of one gateway. The access event log is the source of truth: one reader
 * (`EventLogTail`), woken after each commit by the notifier, reads new events by revision and
 * fans them out in memory to the subscriptions of their organization. For each organization in a
 * run of events, one EntityManager and one read of the subscribers' grants serve every
 * subscriber, and each subscriber's queue only grows (`FeedStream`), so no subscriber waits for
 * another's socket.
 *
 * Connections are registered by the WebSocket server after `connection_init` authenticates them,
 * and re-authenticated while open (`ConnectionGuard`).
 */
export class AccessFeed {
  /**
   * Hooks for every access change this gateway commits: forget what it changed in the grant cache
   * (this instance's next reads, the change's own payload included, see it), then announce it, so
   * that readers wake.
   */
  readonly hooks: AccessChangeHooks;
  private readonly tail: EventLogTail;
  private readonly guard: ConnectionGuard;
  private readonly subscriptions = new Map<string, Set<FeedSubscription>>();
  private readonly connectionsByPrincipal = new Map<string, Set<FeedConnection>>();
  /** How subscribers were judged, kept across batches along with the grant cache (off with it). */
  private readonly viewerClasses: ViewerClasses | undefined;

  constructor(
    private readonly db: Database,
    private readonly notifier: ChangeNotifier,
    private readonly config: FeedConfig,
    private readonly logger: Logger,
    private readonly grantCache: GrantCache,
  ) {
    this.viewerClasses = grantCache.capacity > 0 ? new ViewerClasses(grantCache.capacity) : undefined;
    this.tail = new EventLogTail(db, (events) => this.dispatch(events), config.pollIntervalMs, logger);
    this.guard = new ConnectionGuard(db, logger, config.revalidateIntervalMs, () => this.allConnections());
    this.hooks = {
      onCommitted: (revision, events) => {
        grantCache.committed(revision, events);
        notifier.announce(revision);
      },
      onHookError: (error) => logger.error('announcing a committed change failed', describeError(error)),
    };
    notifier.onAnnouncement(() => this.tail.wake());
  }

  /** Starts reading at the log's head and re-checking connections. */
  async start(): Promise<void> {
    await this.tail.start();
    this.guard.start();
  }

  /** Registers an authenticated connection; `closeSocket` is how the feed disconnects it. */
  connect(viewer: Viewer, authorization: string, closeSocket: (code: number, reason: string) => void): FeedConnection {
    const connection = new FeedConnection(this, viewer, authorization, closeSocket, this.config.queueLimit);
    let own = this.connectionsByPrincipal.get(viewer.principalId);
    if (!own) {
      own = new Set();
      this.connectionsByPrincipal.set(viewer.principalId, own);
    }
    own.add(connection);
    return connection;
  }

  /** Forgets a closed connection (its subscriptions end as graphql-ws returns their streams). */
  disconnect(connection: FeedConnection): void {
    const own = this.connectionsByPrincipal.get(connection.viewer.principalId);
    own?.delete(connection);
    if (own?.size === 0) this.connectionsByPrincipal.delete(connection.viewer.principalId);
  }

  /**
   * `accessChanged`: checked as the caller's request, then registered at the reader's position.
   * `services` are the subscribing operation's (its own unit of work, dropped once subscribed).
   */
  async subscribeToAccessChanges(connection: FeedConnection, services: Services, request: AccessChangesRequest): Promise<AsyncIterableIterator<AccessEvent>> {
    const query = await new AccessFeedService(services.context).accessChanges(request);
    const subscription: AccessChangesSubscription = new AccessChangesSubscription(
      connection.viewer.principalId,
      query,
      this.tail.position.revision,
      this.db,
      this.grantCache,
      connection.budget,
      () => this.unregister(subscription),
    );
    this.register(subscription);
    return subscription.stream;
  }

  /** `effectivePermissionsChanged`: registered first, then checked and computed by the query's own rules. */
  async subscribeToEffectivePermissions(
    connection: FeedConnection,
    services: Services,
    principalId: string,
    scope: ScopeRef,
  ): Promise<AsyncIterableIterator<EffectivePermissionsUpdate>> {
    const watched = await new AccessFeedService(services.context).watchedScope(scope);
    const subscription: EffectivePermissionsSubscription = new EffectivePermissionsSubscription(
      connection.viewer.principalId,
      principalId,
      watched.scope,
      watched.chain,
      this.tail.position.revision,
      connection.budget,
      () => this.unregister(subscription),
    );
    this.register(subscription);
    try {
      subscription.begin(await services.access.effectivePermissions(principalId, watched.scope));
    } catch (error) {
      subscription.abandon();
      throw error;
    }
    return subscription.stream;
  }

  /** Stops reading and re-checking; open streams end when their sockets close. */
  async close(): Promise<void> {
    await Promise.all([this.tail.close(), this.guard.close()]);
    await this.notifier.close();
  }

  private register(subscription: FeedSubscription): void {
    let own = this.subscriptions.get(subscription.organizationId);
    if (!own) {
      own = new Set();
      this.subscriptions.set(subscription.organizationId, own);
    }
    own.add(subscription);
    this.placeFromCache(subscription);
  }

  /**
   * Places the subscription's principals in their classes from what the grant cache holds (an
   * `accessChanged` subscription's checks have just read its subscriber there), so that the first
   * change after ten thousand dashboards subscribe judges them by class instead of reading and
   * placing them all.
   * Safe for the reason placing in a batch is: the cache holds nothing older than a change the
   * feed has dispatched (a dispatch forgets each change in the cache and in the classes alike,
   * and a read that overlaps a forgetting is not kept), and a later change naming a principal
   * takes it out of its class again before anyone is judged on it.
   */
  private placeFromCache(subscription: FeedSubscription): void {
    if (!this.viewerClasses) return;
    const { organizationId } = subscription;
    for (const principalId of subscription.principals) {
      if (this.viewerClasses.classOf(principalId, organizationId)) continue;
      const principal = this.grantCache.principal(principalId);
      const grants = this.grantCache.grants(principalId, organizationId);
      if (principal && grants) this.viewerClasses.place(organizationId, principal, grants);
    }
  }

  private unregister(subscription: FeedSubscription): void {
    const own = this.subscriptions.get(subscription.organizationId);
    own?.delete(subscription);
    if (own?.size === 0) this.subscriptions.delete(subscription.organizationId);
  }

  /** An array, not a generator: the re-checks list every connection twice a second, and a generator allocates per item. */
  private allConnections(): FeedConnection[] {
    const all: FeedConnection[] = [];
    for (const own of this.connectionsByPrincipal.values()) for (const connection of own) all.push(connection);
    return all;
  }

  /**
   * Fans a run of new events out. Everything up to the first `await` runs synchronously with the
   * reader's move of its position, so a subscription registered meanwhile is either in a
   * snapshot here or replays these events itself: never both, never neither.
   */
  private async dispatch(events: readonly AccessEvent[]): Promise<void> {
    // Another instance's changes reach this one's cache here, before anyone is judged on them; and
    // every principal whose access changed is placed again in a class of viewers.
    this.grantCache.forget(events);
    this.viewerClasses?.forget(events);
    const work: Promise<void>[] = [];
    for (const [organizationId, own] of eventsByOrganization(events)) {
      const subscribers = this.subscriptions.get(organizationId);
      if (subscribers && subscribers.size > 0) work.push(this.deliver(organizationBatch(organizationId, own), [...subscribers]));
    }
    const affected = new Set<FeedConnection>();
    for (const event of events) {
      if (event.principalId === null || !AUTHENTICATION_EVENTS.has(event.kind)) continue;
      for (const connection of this.connectionsByPrincipal.get(event.principalId) ?? []) affected.add(connection);
    }
    if (affected.size > 0) work.push(this.guard.revalidate(affected));
    await Promise.all(work);
  }

  /**
   * One organization's batch. Subscribers whose class of viewers has answered everything the batch
   * raises are judged at once (those of one class with the same filter share one verdict); for the
   * rest, one EntityManager, one read of the grants of those not yet in a class, one settling of
   * every question no class has answered, then each of them, synchronously.
   */
  private async deliver(batch: OrganizationBatch, subscribers: readonly FeedSubscription[]): Promise<void> {
    const authz = new BatchAuthorizer(this.db.fork(), this.grantCache, this.viewerClasses);
    const rest = subscribers.filter((subscriber) => !this.judgedAtOnce(subscriber, batch, authz));
    if (rest.length === 0) return;
    try {
      await Promise.all(rest.map((subscriber) => subscriber.whenReady()).filter((ready) => ready !== undefined));
      await authz.prefetch(batch.organizationId, rest.flatMap((subscriber) => subscriber.principals));
      for (const subscriber of rest) subscriber.plan(batch, authz);
      await authz.settle();
    } catch (error) {
      for (const subscriber of rest) this.fellBehind(subscriber, error);
      return;
    }
    for (const subscriber of rest) {
      try {
        subscriber.receive(batch, authz);
      } catch (error) {
        this.fellBehind(subscriber, error);
      }
    }
  }

  /** Whether the subscriber is done with the batch without waiting: judged at once, or told to resubscribe. */
  private judgedAtOnce(subscriber: FeedSubscription, batch: OrganizationBatch, authz: BatchAuthorizer): boolean {
    try {
      return subscriber.judgeAtOnce(batch, authz);
    } catch (error) {
      this.fellBehind(subscriber, error);
      return true;
    }
  }

  /** A batch could not be judged for a subscriber: it resumes from the log rather than miss it. */
  private fellBehind(subscriber: FeedSubscription, error: unknown): void {
    this.logger.error('could not deliver access events to a subscription; it was told to resubscribe', describeError(error));
    subscriber.fallBehind();
  }
}

function eventsByOrganization(events: readonly AccessEvent[]): Map<string, AccessEvent[]> {
  const byOrganization = new Map<string, AccessEvent[]>();
  for (const event of events) {
    if (event.organizationId === null) continue;
    const own = byOrganization.get(event.organizationId);
    if (own) own.push(event);
    else byOrganization.set(event.organizationId, [event]);
  }
  return byOrganization;
}
