import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { BatchAuthorizer } from './batch-authorizer.js';
import { groupByRevision, type RevisionGroup } from './whole-revisions.js';

/** One organization's part of a run of new events, whole revisions in log order. */
export interface OrganizationBatch {
  readonly organizationId: string;
  readonly revisions: readonly RevisionGroup[];
  readonly lastRevision: number;
  /** Every principal the batch's events name. */
  readonly principals: ReadonlySet<string>;
}

export function organizationBatch(organizationId: string, events: readonly AccessEvent[]): OrganizationBatch {
  const principals = new Set<string>();
  for (const event of events) if (event.principalId !== null) principals.add(event.principalId);
  return { organizationId, revisions: groupByRevision(events), lastRevision: events.at(-1)!.revision, principals };
}

/**
 * A live subscription as the fan-out sees it. Each batch is judged at once when everything it
 * needs is known (`judgeAtOnce`), else in two synchronous steps around one settling of the
 * batch's authorization: `plan` asks what it needs, `receive` reads the answers and queues what
 * the subscriber may receive. None of them ever waits for the client.
 */
export interface FeedSubscription {
  /** The organization whose events can concern it. */
  readonly organizationId: string;
  /** The principals its authorization asks about, read up front for each batch. */
  readonly principals: readonly string[];
  /** The last revision it delivered in full. */
  readonly lastDeliveredRevision: number;
  /** Until it can judge batches (its first result is being computed), what to wait for; undefined once it can. */
  whenReady(): Promise<void> | undefined;
  /**
   * Judges the batch now if nothing it needs is missing (its class of viewers has answered every
   * question the batch raises): queues what the subscriber may receive, or ends the subscription
   * when it lost access, and returns true. Returns false when the steps below must judge it.
   */
  judgeAtOnce(batch: OrganizationBatch, authz: BatchAuthorizer): boolean;
  /** Asks the batch's authorizer what judging the batch will need. */
  plan(batch: OrganizationBatch, authz: BatchAuthorizer): void;
  /** Judges the batch on the settled answers: queues what the subscriber may receive, or ends the subscription when it lost access. */
  receive(batch: OrganizationBatch, authz: BatchAuthorizer): void;
  /** Ends the subscription with RESUBSCRIBE_REQUIRED (a batch could not be judged for it). */
  fallBehind(): void;
}
