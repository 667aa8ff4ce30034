import { InvalidInputError } from '../domain/errors.js';

/** One page of a keyset-paginated list; `endCursor` is opaque and resumes after the last item. */
export interface Page<T> {
  readonly items: T[];
  readonly endCursor?: string;
  readonly hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 500;

/** A page size out of range is refused rather than cut down, so callers never miss items silently. */
export function requirePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`"first" must be a whole number from 1 to ${MAX_PAGE_SIZE}; got ${first}.`, { first });
  }
  return first;
}
