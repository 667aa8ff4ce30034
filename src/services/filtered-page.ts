import type { Page, PageRequest } from '../persistence/repositories/page.js';

/**
 * A page of the items of a keyset-paginated list that pass a filter (visibility). Reads source
 * pages until it has one item beyond the page or the list ends, so `hasMore` is exact and no
 * visible item is skipped.
 */
export async function filteredPage<T>(
  fetch: (request: PageRequest) => Promise<Page<T>>,
  keep: (items: readonly T[]) => Promise<boolean[]>,
  key: (item: T) => string,
  request: PageRequest,
): Promise<Page<T>> {
  const kept: T[] = [];
  let after = request.after;
  for (;;) {
    const page = await fetch({ after, limit: Math.max(request.limit + 1, 50) });
    const verdicts = await keep(page.items);
    page.items.forEach((item, i) => {
      if (verdicts[i]) kept.push(item);
    });
    if (kept.length > request.limit || !page.hasMore || page.items.length === 0) break;
    after = key(page.items.at(-1)!);
  }
  return { items: kept.slice(0, request.limit), hasMore: kept.length > request.limit };
}
