import { readFileSync } from 'node:fs';
import type { RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeLevel } from '../../src/domain/scope.js';

/** One row of a table in shared/reference/role-tables.md, as written there. */
export interface ReferenceRow {
  readonly level: ScopeLevel;
  readonly key: string;
  /** Absent for the environment table, which has no Group column. */
  readonly group?: string;
  readonly title: string;
  /** Every role column of the table, mark included when blank (''). */
  readonly marks: ReadonlyMap<RoleKey, '' | 'R' | 'W'>;
}

const REFERENCE = new URL('../../../shared/reference/role-tables.md', import.meta.url);

const SECTIONS: readonly [heading: string, level: ScopeLevel][] = [
  ['## Organization level', 'ORGANIZATION'],
  ['## Project level', 'PROJECT'],
  ['## Environment level', 'ENVIRONMENT'],
];

/** The table uses short titles for the two environment roles. */
const COLUMN_ALIASES: Readonly<Record<string, string>> = { 'Env Admin': 'Environment Admin', 'Env Reader': 'Environment Reader' };

/** Parses the three tables synchronously, so test titles can state how many cells they check. */
export function readReferenceTables(): ReferenceRow[] {
  const text = readFileSync(REFERENCE, 'utf8');
  return SECTIONS.flatMap(([heading, level]) => parseTable(sectionOf(text, heading), level));
}

function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`role-tables.md has no section "${heading}"`);
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end < 0 ? undefined : end);
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function parseTable(section: string, level: ScopeLevel): ReferenceRow[] {
  const lines = section.split('\n').filter((l) => l.trim().startsWith('|'));
  const header = cells(lines[0]!);
  const roleColumns = header.map((title) => ROLES.find((r) => r.title === (COLUMN_ALIASES[title] ?? title))?.key);
  return lines.slice(2).map((line) => {
    const row = cells(line);
    const marks = new Map<RoleKey, '' | 'R' | 'W'>();
    roleColumns.forEach((role, i) => {
      if (role) marks.set(role, row[i] as '' | 'R' | 'W');
    });
    const column = (name: string): string | undefined => {
      const i = header.indexOf(name);
      return i < 0 ? undefined : row[i];
    };
    return { level, key: column('Key')!, group: column('Group'), title: column('Permission')!, marks };
  });
}

/**
 * The roles a sentence of the reference names, in its order: the sentence is found by how it
 * starts and read up to `end`, e.g. the licence rule's "Org Admin, Project Admin, Project
 * Architect or Project Contributor".
 */
export function readReferenceRoleList(start: string, end: string): RoleKey[] {
  const text = readFileSync(REFERENCE, 'utf8').replace(/\s+/g, ' ');
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`role-tables.md has no sentence "${start} … ${end}"`);
  return text
    .slice(from + start.length, to)
    .split(/, | and | or /)
    .map((title) => {
      const role = ROLES.find((r) => r.title === title.trim());
      if (!role) throw new Error(`role-tables.md names an unknown role "${title}" in "${start} …"`);
      return role.key;
    });
}
