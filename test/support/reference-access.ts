import type { Access, RoleKey } from '../../src/domain/role-tables.js';
import type { ScopeLevel } from '../../src/domain/scope.js';
import { readReferenceTables, type ReferenceRow } from '../domain/reference-tables.js';

const ROWS: readonly ReferenceRow[] = readReferenceTables();

/**
 * What shared/reference/role-tables.md says a set of roles gives at one level: each permission
 * key the roles mark, with the strongest mark (W wins over R). Read from the document itself, so
 * expectations never come from the code under test.
 */
export function referenceAccess(level: ScopeLevel, roles: readonly RoleKey[]): Record<string, Access> {
  const access: Record<string, Access> = {};
  for (const row of ROWS.filter((r) => r.level === level)) {
    const marks = roles.map((role) => row.marks.get(role) ?? '');
    if (marks.includes('W')) access[row.key] = 'WRITE';
    else if (marks.includes('R')) access[row.key] = 'READ';
  }
  return access;
}

/** Every row of the three tables, in the document's order. */
export function referenceRows(): readonly ReferenceRow[] {
  return ROWS;
}

/** The reference row of a permission key: its title, and its group where the table has one. */
export function referenceRow(key: string): ReferenceRow {
  const row = ROWS.find((r) => r.key === key);
  if (!row) throw new Error(`role-tables.md has no permission ${key}`);
  return row;
}
