import type { SqlEntityManager } from '@mikro-orm/knex';
import { newId } from '../domain/ids.js';
import type { RoleKey } from '../domain/role-tables.js';
import type { ScopeLevel } from '../domain/scope.js';
import type { AccessEventKind } from './access-event-kind.js';
import { chunks } from './chunks.js';
import { AccessEvent } from './entities/access-event.entity.js';
import { allocateRevision, releaseRevision } from './revision-counter.js';

/** 17 columns each: 17,000 bound values, under SQLite's 32,766 per statement. */
const EVENTS_PER_INSERT = 1000;

/** One fact of a change, as a service records it; the unit of work adds revision, order and time. */
export interface AccessEventInput {
  readonly kind: AccessEventKind;
  /** Null only for events outside any organization (a user's own API token). */
  readonly organizationId: string | null;
  readonly principalId?: string | null;
  readonly scopeLevel?: ScopeLevel | null;
  readonly scopeId?: string | null;
  readonly projectId?: string | null;
  readonly environmentId?: string | null;
  readonly oldRole?: RoleKey | null;
  readonly newRole?: RoleKey | null;
  readonly tokenId?: string | null;
  readonly keyId?: string | null;
  /** True when the event follows from another event of the same change. */
  readonly cascade?: boolean;
}

/** What a change's body gets: the transaction and the means to record what it did. */
export interface AccessChange {
  /** The transaction's EntityManager. Use it (and repositories built on it) for every read and write. */
  readonly em: SqlEntityManager;
  /** The revision this change commits as, if it records at least one event. */
  readonly revision: number;
  readonly changeId: string;
  readonly actorId: string | null;
  readonly occurredAt: Date;
  /** Appends events, in order; they are written in the same transaction as the change. */
  record(...events: AccessEventInput[]): void;
}

/**
 * An event as the change wrote it: the input stamped with revision, order, change, actor and time.
 * Plain data rather than an `AccessEvent` entity: a tracked entity costs some 3 KB and 20 µs to
 * build, and a seeded organization records a million events in one change.
 */
export interface RecordedAccessEvent {
  readonly revision: number;
  readonly sequence: number;
  readonly changeId: string;
  readonly actorId: string | null;
  readonly occurredAt: Date;
  readonly kind: AccessEventKind;
  readonly organizationId: string | null;
  readonly principalId: string | null;
  readonly scopeLevel: ScopeLevel | null;
  readonly scopeId: string | null;
  readonly projectId: string | null;
  readonly environmentId: string | null;
  readonly oldRole: RoleKey | null;
  readonly newRole: RoleKey | null;
  readonly tokenId: string | null;
  readonly keyId: string | null;
  readonly cascade: boolean;
}

export interface CommittedChange<T> {
  /** What the body returned. */
  readonly result: T;
  /** The change's revision; null when it recorded no event and so consumed none. */
  readonly revision: number | null;
  readonly events: readonly RecordedAccessEvent[];
}

export interface AccessChangeHooks {
  /**
   * Called once after the commit of a change that recorded events (the realtime notifier hooks
   * in here). Not called for rolled-back changes or changes without events. The change is
   * durable by then, so an error thrown here does not reach the caller: it goes to `onHookError`.
   */
  readonly onCommitted?: (revision: number, events: readonly RecordedAccessEvent[]) => void;
  /** Receives errors thrown by `onCommitted`; default: logged to stderr. */
  readonly onHookError?: (error: unknown) => void;
}

/**
 * Runs one access change as ONE transaction: allocates the next revision first (which queues
 * every other change behind this one until commit, so a body that checks an invariant — "not the
 * last Org Admin" — sees no concurrent change), runs `body`, then appends its recorded events as
 * (revision, 0..n-1) with one change id. Anything thrown rolls everything back, revision included.
 * A change that records no event gives its revision back, so revisions stay gap-free.
 *
 * Inside `body` use only `change.em`: on SQLite the transaction holds the one connection, and
 * a query through any other EntityManager would wait for it forever.
 */
export async function runAccessChange<T>(
  em: SqlEntityManager,
  actorId: string | null,
  body: (change: AccessChange) => Promise<T>,
  hooks: AccessChangeHooks = {},
): Promise<CommittedChange<T>> {
  const committed = await em.transactional(async (tx) => {
    const revision = await allocateRevision(tx);
    const changeId = newId();
    const occurredAt = new Date();
    const recorded: AccessEventInput[] = [];
    const result = await body({ em: tx, revision, changeId, actorId, occurredAt, record: (...events) => recorded.push(...events) });
    if (recorded.length === 0) {
      await releaseRevision(tx);
      return { result, revision: null, events: [] };
    }
    const events = recorded.map((input, sequence) => toEvent(input, { revision, sequence, changeId, actorId, occurredAt }));
    for (const batch of chunks(events, EVENTS_PER_INSERT)) await tx.insertMany(AccessEvent, batch);
    return { result, revision, events };
  });
  if (committed.revision !== null && hooks.onCommitted) {
    try {
      hooks.onCommitted(committed.revision, committed.events);
    } catch (error) {
      (hooks.onHookError ?? ((e: unknown) => console.error('access change onCommitted hook failed', e)))(error);
    }
  }
  return committed;
}

interface EventStamp {
  readonly revision: number;
  readonly sequence: number;
  readonly changeId: string;
  readonly actorId: string | null;
  readonly occurredAt: Date;
}

function toEvent(input: AccessEventInput, stamp: EventStamp): RecordedAccessEvent {
  return {
    ...stamp,
    kind: input.kind,
    organizationId: input.organizationId,
    principalId: input.principalId ?? null,
    scopeLevel: input.scopeLevel ?? null,
    scopeId: input.scopeId ?? null,
    projectId: input.projectId ?? null,
    environmentId: input.environmentId ?? null,
    oldRole: input.oldRole ?? null,
    newRole: input.newRole ?? null,
    tokenId: input.tokenId ?? null,
    keyId: input.keyId ?? null,
    cascade: input.cascade ?? false,
  };
}
