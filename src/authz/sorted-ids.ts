/**
 * Ids kept in plain string order (the order of lower-case UUIDs, and of PostgreSQL's uuid type),
 * and a merge over several such lists: the memory store's keyset pagination.
 */
export class SortedIdSet {
  private readonly members = new Set<string>();
  private ordered: string[] | undefined;

  get size(): number {
    return this.members.size;
  }

  add(id: string): void {
    if (this.members.has(id)) return;
    this.members.add(id);
    this.ordered = undefined;
  }

  delete(id: string): void {
    if (this.members.delete(id)) this.ordered = undefined;
  }

  /** Sorted lazily: a store loaded in bulk sorts each set once, on its first read. */
  sorted(): readonly string[] {
    this.ordered ??= [...this.members].sort();
    return this.ordered;
  }
}

export interface MergedIds {
  readonly ids: string[];
  readonly hasMore: boolean;
}

/** The first `limit` distinct ids after `afterId` across sorted lists, and whether more remain. */
export function mergeAfter(lists: readonly (readonly string[])[], afterId: string | undefined, limit: number): MergedIds {
  const positions = lists.map((list) => (afterId === undefined ? 0 : firstIndexAfter(list, afterId)));
  const ids: string[] = [];
  for (;;) {
    const next = smallestHead(lists, positions);
    if (next === undefined) return { ids, hasMore: false };
    if (ids.length === limit) return { ids, hasMore: true };
    ids.push(next);
    advancePast(lists, positions, next);
  }
}

function firstIndexAfter(list: readonly string[], id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}

function smallestHead(lists: readonly (readonly string[])[], positions: readonly number[]): string | undefined {
  let smallest: string | undefined;
  for (let i = 0; i < lists.length; i++) {
    const head = lists[i]![positions[i]!];
    if (head !== undefined && (smallest === undefined || head < smallest)) smallest = head;
  }
  return smallest;
}

/** Each list holds an id at most once, so passing it means stepping one place where it is the head. */
function advancePast(lists: readonly (readonly string[])[], positions: number[], id: string): void {
  for (let i = 0; i < lists.length; i++) {
    if (lists[i]![positions[i]!] === id) positions[i] = positions[i]! + 1;
  }
}
