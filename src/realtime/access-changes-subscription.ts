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
import { afterRevision, groupByRevision, positionOf, readWholeRevisions, type RevisionGroup } from './whole-revisions.js';

/** Events per read of a replay. */
const REPLAY_PAGE_SIZE = 200;

/** What a run of events shows one subscriber, or every subscriber of a class with the same filter. */
interface Verdict {
  /** False when the subscriber no longer sees the organization, or the filter's project or environment. */
  readonly authorized: boolean;
  /** Immutable: shared by every subscriber the verdict is for. */
  readonly deliveries: readonly Delivery<AccessEvent>[];
}

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
  /**
   * Subscribers of one class with equal filters are judged once per batch, under these keys
   * (made once: ten thousand subscribers would otherwise build and hash two strings each per
   * batch; for the same reason the conclusions are read and kept without a closure per subscriber).
   */
  private readonly classKeys: { readonly ask: string; readonly verdict: string };

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
    const filter = [query.projectId, query.environmentId, query.principalId].map((id) => id ?? '').join(' ');
    this.classKeys = { ask: `ask ${filter}`, verdict: `verdict ${filter}` };
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

  judgeAtOnce(batch: OrganizationBatch, authz: BatchAuthorizer): boolean {
    if (!this.judgedWithClass(batch)) return false;
    const viewer = authz.placedViewer(this.viewerId, this.organizationId);
    if (!viewer || !this.askAsClass(batch, viewer, authz)) return false;
    this.receiveAs(batch, viewer, authz);
    return true;
  }

  plan(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    const viewer = authz.viewer(this.viewerId);
    if (this.judgedWithClass(batch)) this.askAsClass(batch, viewer, authz);
    else this.ask(batch.revisions, viewer);
  }

  receive(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    this.receiveAs(batch, authz.viewer(this.viewerId), authz);
  }

  fallBehind(): void {
    this.stream.fallBehind();
  }

  /** Asks once for the whole class what the batch needs; says whether it was all answered already. */
  private askAsClass(batch: OrganizationBatch, viewer: ViewerAuthorization, authz: BatchAuthorizer): boolean {
    return authz.conclusion<boolean>(viewer, this.classKeys.ask) ?? authz.keepConclusion(viewer, this.classKeys.ask, this.ask(batch.revisions, viewer));
  }

  private receiveAs(batch: OrganizationBatch, viewer: ViewerAuthorization, authz: BatchAuthorizer): void {
    const verdict = this.judgedWithClass(batch)
      ? (authz.conclusion<Verdict>(viewer, this.classKeys.verdict) ?? authz.keepConclusion(viewer, this.classKeys.verdict, this.verdict(batch.revisions, viewer)))
      : this.verdict(batch.revisions, viewer);
    if (!verdict.authorized) {
      this.stream.fail(this.lostAccess());
      return;
    }
    for (const delivery of verdict.deliveries) if (delivery.revision > this.liveAfter) this.stream.push(delivery);
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
    const revisions = groupByRevision(events);
    const authz = new BatchAuthorizer(em, this.grantCache);
    const viewer = authz.viewer(this.viewerId);
    this.ask(revisions, viewer);
    await authz.settle();
    const verdict = this.verdict(revisions, viewer);
    if (!verdict.authorized) throw this.lostAccess();
    this.replayed.push(...verdict.deliveries);
  }

  /**
   * Whether every subscriber of the viewer's class with this filter gets the same from the batch:
   * yes unless an event names the viewer (its own changes are shown to it whoever may see members).
   */
  private judgedWithClass(batch: OrganizationBatch): boolean {
    return !batch.principals.has(this.viewerId);
  }

  /** Asks what judging these revisions needs; says whether all of it was answered already. */
  private ask(revisions: readonly RevisionGroup[], viewer: ViewerAuthorization): boolean {
    let answered = true;
    for (const question of this.authorization) answered = viewer.ask(question) && answered;
    for (const group of revisions) for (const event of group.events) if (this.matches(event)) answered = askToReceive(viewer, event) && answered;
    return answered;
  }

  /** The deliveries, one per revision with something to show; empty when the subscriber lost access. */
  private verdict(revisions: readonly RevisionGroup[], viewer: ViewerAuthorization): Verdict {
    if (!this.authorization.every((question) => viewer.answer(question))) return { authorized: false, deliveries: [] };
    const deliveries: Delivery<AccessEvent>[] = [];
    for (const group of revisions) {
      const values = this.visible(group.events, viewer);
      if (values.length > 0) deliveries.push({ revision: group.revision, values });
    }
    return { authorized: true, deliveries };
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
