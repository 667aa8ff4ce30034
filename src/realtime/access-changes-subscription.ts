import type { GrantCache } from '../authz/grant-cache.js';
import { ForbiddenError } from '../domain/errors.js';
import type { ScopeRef } from '../domain/scope.js';
import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { Database } from '../persistence/orm.js';
import { AccessEventRepository, type EventPosition } from '../persistence/repositories/access-event.repository.js';
import type { AccessChangesQuery } from '../services/access-feed-service.js';
import { BatchAuthorizer, seeQuestion, type Question, type ViewerAuthorization } from './batch-authorizer.js';
import type { ConnectionBudget } from './connection-budget.js';
import { askToReceive, mayReceive } from './event-visibility.js';
import type { FeedSubscription, OrganizationBatch } from './feed-subscription.js';
import { FeedStream, type Delivery } from './feed-stream.js';
import { afterRevision, groupByRevision, positionOf, readWholeRevisions } from './whole-revisions.js';

/** Events per read of a replay. */
const REPLAY_PAGE_SIZE = 200;

/**
 * `accessChanged`: the organization's events the subscriber may see, matching its filter, in
 * revision order. With `afterRevision` it first replays the log from there up to the fan-out's
 * position when it subscribed (`boundary`), read lazily page by page as the client consumes it,
 * while later events queue up live; every revision is therefore sent once, with no gap at the
 * seam. Each page of the replay and each live batch is judged on fresh authorization; losing
 * sight of the subscribed organization or filter scope ends the subscription with FORBIDDEN.
 */
export class AccessChangesSubscription implements FeedSubscription {
  readonly stream: FeedStream<AccessEvent>;
  readonly organizationId: string;
  readonly principals: readonly string[];
  /** Live events of this revision or older were replayed, or predate the subscription. */
  private readonly liveAfter: number;
  private replayFrom: EventPosition | undefined;
  private readonly replayed: Delivery<AccessEvent>[] = [];
  /** Whether the subscriber still sees the organization, and the filter's project or environment. */
  private readonly authorization: readonly Question[];

  constructor(
    private readonly viewerId: string,
    private readonly query: AccessChangesQuery,
    /** The fan-out's revision when the subscription registered: replay ends here, live begins after. */
    private readonly boundary: number,
    private readonly db: Database,
    private readonly grantCache: GrantCache,
    budget: ConnectionBudget,
    onEnd: () => void,
  ) {
    this.organizationId = query.organizationId;
    this.principals = [viewerId];
    this.authorization = subscribedScopes(query).map(seeQuestion);
    const replays = query.afterRevision !== undefined && query.afterRevision < boundary;
    this.liveAfter = Math.max(boundary, query.afterRevision ?? boundary);
    this.replayFrom = replays ? afterRevision(query.afterRevision!) : undefined;
    this.stream = new FeedStream(budget, query.afterRevision ?? boundary, onEnd, replays ? () => this.nextReplayed() : undefined);
  }

  get lastDeliveredRevision(): number {
    return this.stream.lastDeliveredRevision;
  }

  whenReady(): undefined {
    return undefined;
  }

  plan(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    const viewer = authz.viewer(this.viewerId);
    this.askAuthorized(viewer);
    for (const group of batch.revisions) if (group.revision > this.liveAfter) this.askVisible(group.events, viewer);
  }

  receive(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    const viewer = authz.viewer(this.viewerId);
    if (!this.stillAuthorized(viewer)) {
      this.stream.fail(this.lostAccess());
      return;
    }
    for (const group of batch.revisions) {
      if (group.revision > this.liveAfter) this.stream.push({ revision: group.revision, values: this.visible(group.events, viewer) });
    }
  }

  fallBehind(): void {
    this.stream.fallBehind();
  }

  private async nextReplayed(): Promise<Delivery<AccessEvent> | undefined> {
    while (this.replayed.length === 0) {
      if (this.replayFrom === undefined) return undefined;
      await this.replayPage(this.replayFrom);
    }
    return this.replayed.shift();
  }

  private async replayPage(from: EventPosition): Promise<void> {
    const em = this.db.fork();
    const repository = new AccessEventRepository(em);
    const { organizationId, projectId, environmentId, principalId } = this.query;
    const read = await readWholeRevisions(
      (after) => repository.ofOrganization({ organizationId, projectId, environmentId, principalId, after, limit: REPLAY_PAGE_SIZE }),
      from,
    );
    const events = read.events.filter((event) => event.revision <= this.boundary);
    const reachedBoundary = !read.hasMore || events.length < read.events.length || events.length === 0;
    this.replayFrom = reachedBoundary ? undefined : positionOf(events.at(-1)!);
    const authz = new BatchAuthorizer(em, this.grantCache);
    const viewer = authz.viewer(this.viewerId);
    this.askAuthorized(viewer);
    this.askVisible(events, viewer);
    await authz.settle();
    if (!this.stillAuthorized(viewer)) throw this.lostAccess();
    for (const group of groupByRevision(events)) {
      const visible = this.visible(group.events, viewer);
      if (visible.length > 0) this.replayed.push({ revision: group.revision, values: visible });
    }
  }

  private askVisible(events: readonly AccessEvent[], viewer: ViewerAuthorization): void {
    for (const event of events) if (this.matches(event)) askToReceive(viewer, event);
  }

  private visible(events: readonly AccessEvent[], viewer: ViewerAuthorization): AccessEvent[] {
    return events.filter((event) => this.matches(event) && mayReceive(viewer, event));
  }

  private matches(event: AccessEvent): boolean {
    const { projectId, environmentId, principalId } = this.query;
    return (
      (projectId === undefined || event.projectId === projectId) &&
      (environmentId === undefined || event.environmentId === environmentId) &&
      (principalId === undefined || event.principalId === principalId)
    );
  }

  private askAuthorized(viewer: ViewerAuthorization): void {
    for (const question of this.authorization) viewer.ask(question);
  }

  /** The subscribed organization, and the filter's project or environment, must still be visible. */
  private stillAuthorized(viewer: ViewerAuthorization): boolean {
    return this.authorization.every((question) => viewer.answer(question));
  }

  private lostAccess(): ForbiddenError {
    return new ForbiddenError('You no longer have access to the organization (or the project or environment) this subscription follows, so it has ended.', {
      lastRevision: this.stream.lastDeliveredRevision,
    });
  }
}

function subscribedScopes(query: AccessChangesQuery): ScopeRef[] {
  const scopes: ScopeRef[] = [{ level: 'ORGANIZATION', id: query.organizationId }];
  if (query.projectId) scopes.push({ level: 'PROJECT', id: query.projectId });
  if (query.environmentId) scopes.push({ level: 'ENVIRONMENT', id: query.environmentId });
  return scopes;
}
