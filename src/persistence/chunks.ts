/**
 * Bound parameter lists stay well under SQLite's and PostgreSQL's limits (32,766 and 65,535
 * parameters per statement) whatever a caller passes.
 */
export const MAX_IDS_PER_STATEMENT = 1000;

export function chunks<T>(items: readonly T[], size: number = MAX_IDS_PER_STATEMENT): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
