import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES } from '../../src/domain/role-tables.js';
import type { ScopeLevel } from '../../src/domain/scope.js';
import { readReferenceTables } from './reference-tables.js';

/**
 * The code's tables against shared/reference/role-tables.md, cell by cell. The document is parsed
 * while tests are collected, so each title states how many cells it checks.
 */
const reference = readReferenceTables();
const LEVELS: readonly [ScopeLevel, string][] = [
  ['ORGANIZATION', 'organization'],
  ['PROJECT', 'project'],
  ['ENVIRONMENT', 'environment'],
];

interface Cell {
  readonly name: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

function cellsOf(level: ScopeLevel): Cell[] {
  return reference
    .filter((row) => row.level === level)
    .flatMap((row) => {
      const code = PERMISSIONS.find((p) => p.key === row.key);
      const out: Cell[] = [
        { name: `${row.key} exists at level ${level}`, actual: code?.level, expected: level },
        { name: `${row.key} title`, actual: code?.title, expected: row.title },
        // The environment table has no Group column; the code files its rows under "Environment".
        { name: `${row.key} group`, actual: code?.group, expected: row.group ?? 'Environment' },
      ];
      for (const [role, mark] of row.marks) {
        out.push({ name: `${row.key} × ${role}`, actual: code?.grants[role] ?? '', expected: mark === 'W' ? 'WRITE' : mark === 'R' ? 'READ' : '' });
      }
      if (level !== 'ORGANIZATION') {
        out.push({ name: `${row.key} × ORG_ADMIN (holds every row)`, actual: code?.grants.ORG_ADMIN, expected: 'WRITE' });
      }
      return out;
    });
}

describe('role tables (src/domain/role-tables.ts) agree with shared/reference/role-tables.md', () => {
  for (const [level, name] of LEVELS) {
    const cells = cellsOf(level);
    it(`${name} table: agrees with the reference on all ${cells.length} cells (keys, titles, groups, every mark including blanks)`, () => {
      const disagreements = cells.filter((c) => c.actual !== c.expected).map((c) => `${c.name}: code ${String(c.actual)}, reference ${String(c.expected)}`);
      expect(disagreements).toEqual([]);
    });
  }

  it(`has exactly the ${reference.length} permissions of the reference, in its order`, () => {
    expect(PERMISSIONS.map((p) => p.key)).toEqual(reference.map((r) => r.key));
  });

  it('gives no mark to a role that is not a column of the row’s table (except Org Admin, which holds every row)', () => {
    const stray = PERMISSIONS.flatMap((p) => {
      const columns = reference.find((r) => r.key === p.key)?.marks;
      return Object.keys(p.grants).filter((role) => role !== 'ORG_ADMIN' && !columns?.has(role as never)).map((role) => `${p.key} × ${role}`);
    });
    expect(stray).toEqual([]);
  });

  it('has the nine roles of the reference, with the seat-using and service-account roles it lists', () => {
    expect(ROLES.map((r) => r.title)).toEqual([
      'Org Admin', 'Org Contributor', 'Org Member', 'Project Admin', 'Project Architect', 'Project Contributor', 'Project Member', 'Environment Admin', 'Environment Reader',
    ]);
    expect(ROLES.filter((r) => r.usesSeat).map((r) => r.key)).toEqual(['ORG_ADMIN', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR']);
    expect(ROLES.filter((r) => r.allowedForServiceAccounts).map((r) => r.title).sort()).toEqual(
      ['Org Contributor', 'Org Member', 'Project Member', 'Environment Reader', 'Environment Admin'].sort(),
    );
  });
});
