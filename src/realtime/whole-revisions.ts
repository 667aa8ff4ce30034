import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { EventPosition } from '../persistence/repositories/access-event.repository.js';
import type { Page } from '../persistence/repositories/page.js';

/** Events read from the log, ending at a revision boundary. */
export interface WholeRevisions {
  readonly events: AccessEvent[];
  /** Whether events follow the last one returned. */
  readonly hasMore: boolean;
}

/** All of a revision's events, in sequence order. */
export interface RevisionGroup {
  readonly revision: number;
  readonly events: readonly AccessEvent[];
}

/**
 * Reads events after `after` through `read` (a page of the log in (revision, sequence) order) and
 * returns only whole revisions: a revision cut by the end of a page is left for the next read, and
 * one larger than a page is read to its end. Subscribers are therefore always told of a change as
 * a whole, and a revision they were told of is one they have in full.
 */
export async function readWholeRevisions(read: (after: EventPosition) => Promise<Page<AccessEvent>>, after: EventPosition): Promise<WholeRevisions> {
  const events: AccessEvent[] = [];
  let position = after;
  for (;;) {
    const page = await read(position);
    events.push(...page.items);
    if (!page.hasMore) return { events, hasMore: false };
    const last = page.items.at(-1)!;
    const cut = events.findIndex((event) => event.revision === last.revision);
    if (cut > 0) return { events: events.slice(0, cut), hasMore: true };
    position = positionOf(last);
  }
}

export function positionOf(event: AccessEvent): EventPosition {
  return { revision: event.revision, sequence: event.sequence };
}

/** The position just after every event of `revision`. */
export function afterRevision(revision: number): EventPosition {
  return { revision, sequence: Number.MAX_SAFE_INTEGER };
}

/** Consecutive events grouped by revision, in the order given. */
export function groupByRevision(events: readonly AccessEvent[]): RevisionGroup[] {
  const groups: { revision: number; events: AccessEvent[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.revision === event.revision) last.events.push(event);
    else groups.push({ revision: event.revision, events: [event] });
  }
  return groups;
}
