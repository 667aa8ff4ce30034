/** One page of a keyset-paginated list. */
export interface Page<T> {
  readonly items: T[];
  /** Whether items follow the last one of this page. */
  readonly hasMore: boolean;
}

/** Keyset page request: items after `after` (exclusive) in the list's order, at most `limit`. */
export interface PageRequest<Cursor = string> {
  readonly after?: Cursor;
  readonly limit: number;
}

/** The most rows any repository list returns at once. */
export const MAX_PAGE_SIZE = 1000;

/** The row limit to query: one more than asked, to learn whether more follow. */
export function fetchLimit(request: PageRequest<unknown>): number {
  if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > MAX_PAGE_SIZE) {
    // Callers validate user input first (authz/input-validation); reaching this is a bug.
    throw new RangeError(`page limit must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${request.limit}`);
  }
  return request.limit + 1;
}

export function toPage<T>(rows: T[], request: PageRequest<unknown>): Page<T> {
  return { items: rows.slice(0, request.limit), hasMore: rows.length > request.limit };
}
