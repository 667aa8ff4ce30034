import { describe, expect, it } from 'vitest';
import type { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import type { EventPosition } from '../../src/persistence/repositories/access-event.repository.js';
import { afterRevision, readWholeRevisions } from '../../src/realtime/whole-revisions.js';

/** A log of `sizes[i]` events at revision i + 1, read `pageSize` events at a time as the repository does. */
function log(sizes: readonly number[], pageSize: number) {
  const events = sizes.flatMap((size, i) => Array.from({ length: size }, (_, sequence) => ({ revision: i + 1, sequence }) as AccessEvent));
  const reads: EventPosition[] = [];
  const read = async (after: EventPosition) => {
    reads.push(after);
    const rest = events.filter((e) => e.revision > after.revision || (e.revision === after.revision && e.sequence > after.sequence));
    return { items: rest.slice(0, pageSize), hasMore: rest.length > pageSize };
  };
  return { read, reads };
}

const revisionsOf = (events: readonly AccessEvent[]) => events.map((e) => `${e.revision}.${e.sequence}`);

describe('reading the log in whole revisions', () => {
  it('returns everything when it fits one page', async () => {
    const { read } = log([2, 1], 10);
    expect(await readWholeRevisions(read, afterRevision(0))).toMatchObject({ hasMore: false });
    expect(revisionsOf((await readWholeRevisions(read, afterRevision(0))).events)).toEqual(['1.0', '1.1', '2.0']);
  });

  it('leaves a revision cut by the end of a page for the next read', async () => {
    const { read } = log([2, 3, 1], 4);
    const first = await readWholeRevisions(read, afterRevision(0));
    expect(revisionsOf(first.events)).toEqual(['1.0', '1.1']);
    expect(first.hasMore).toBe(true);
    const second = await readWholeRevisions(read, { revision: 1, sequence: 1 });
    expect(revisionsOf(second.events)).toEqual(['2.0', '2.1', '2.2', '3.0']);
    expect(second.hasMore).toBe(false);
  });

  it('reads a revision larger than a page to its end', async () => {
    const { read, reads } = log([7, 1, 2], 3);
    const result = await readWholeRevisions(read, afterRevision(0));
    expect(revisionsOf(result.events)).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.0']);
    expect(result.hasMore).toBe(true);
    expect(reads.length).toBe(3);
  });
});
