import { beforeAll, describe, expect, it } from 'vitest';
import type { EffectivePermissions } from '../../src/authz/effective-permissions.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { Access, RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeLevel, ScopeRef } from '../../src/domain/scope.js';
import { levelDepth } from '../../src/domain/scope.js';
import { readReferenceTables } from '../domain/reference-tables.js';
import { SnapshotBuilder } from '../support/snapshots.js';

/**
 * Every cell of the three reference tables, for every role that can reach the row: the role is
 * held at its own scope (with the bare prerequisites, which mark none of the rows checked) and
 * the row is evaluated at the scope of its level there or inside it, through both
 * effectivePermissions and check (READ and WRITE), and again through check at the innermost
 * scope, which must evaluate a shallower permission at its enclosing scope. The expected marks
 * come from the document, not the code.
 */
const reference = readReferenceTables();

function expectedMark(key: string, level: ScopeLevel, role: RoleKey): Access | undefined {
  const row = reference.find((r) => r.key === key)!;
  // "Org Admin holds every row below": the project and environment tables have no Org Admin column.
  const mark = role === 'ORG_ADMIN' && level !== 'ORGANIZATION' ? 'W' : (row.marks.get(role) ?? '');
  return mark === 'W' ? 'WRITE' : mark === 'R' ? 'READ' : undefined;
}

const b = new SnapshotBuilder();
const org = b.organization();
const project = b.project(org);
const env = b.environment(project);
const scopeAt: Record<ScopeLevel, ScopeRef> = { ORGANIZATION: org, PROJECT: project, ENVIRONMENT: env };
const holderOf = new Map<RoleKey, string>();
for (const role of ROLES) {
  const id = b.user(role.title);
  holderOf.set(role.key, id);
  if (role.level !== 'ORGANIZATION') b.grant(id, org, 'ORG_MEMBER');
  if (role.level === 'ENVIRONMENT') b.grant(id, project, 'PROJECT_MEMBER');
  b.grant(id, scopeAt[role.level], role.key);
}
const engine = new PermissionEngine(new MemoryGrantStore(b.build()));

interface Cell {
  readonly key: string;
  readonly level: ScopeLevel;
  readonly role: RoleKey;
  readonly expected: Access | undefined;
}

const cells: Cell[] = ROLES.flatMap((role) =>
  reference
    .filter((row) => levelDepth(row.level) >= levelDepth(role.level))
    .map((row) => ({ key: row.key, level: row.level, role: role.key, expected: expectedMark(row.key, row.level, role.key) })),
);

const effective = new Map<string, EffectivePermissions>();
beforeAll(async () => {
  for (const [role, id] of holderOf) {
    for (const level of ['ORGANIZATION', 'PROJECT', 'ENVIRONMENT'] as const) {
      effective.set(`${role}|${level}`, await engine.effectivePermissions(id, scopeAt[level]));
    }
  }
});

async function disagreements(cell: Cell): Promise<string[]> {
  const principalId = holderOf.get(cell.role)!;
  const heldAt = scopeAt[ROLES.find((r) => r.key === cell.role)!.level];
  const found = effective.get(`${cell.role}|${cell.level}`)!.permissions.find((p) => p.key === cell.key);
  const expectedEntry = cell.expected && { key: cell.key, access: cell.expected, grants: [{ role: cell.role, scope: heldAt, access: cell.expected }] };
  const problems: string[] = [];
  if (JSON.stringify(found) !== JSON.stringify(expectedEntry)) problems.push(`effectivePermissions: ${JSON.stringify(found)}`);
  for (const scope of [scopeAt[cell.level], env]) {
    for (const access of ['READ', 'WRITE'] as const) {
      const result = await engine.check({ principalId, permissionKey: cell.key, access, scope });
      const allowed = cell.expected === 'WRITE' || (cell.expected === 'READ' && access === 'READ');
      if (result.allowed !== allowed) problems.push(`check ${access} at ${scope.level}: ${result.allowed}`);
    }
  }
  return problems.map((p) => `${cell.key} × ${cell.role}: ${p}`);
}

describe(`effective permissions and checks agree with the reference tables (${cells.length} cells)`, () => {
  for (const role of ROLES) {
    const own = cells.filter((c) => c.role === role.key);
    it(`${role.title} held at its ${role.level.toLowerCase()}: all ${own.length} cells it reaches agree, at the row's scope and at an environment inside it`, async () => {
      const problems = (await Promise.all(own.map(disagreements))).flat();
      expect(problems).toEqual([]);
    });
  }

  it('a role grants nothing at levels shallower than where it is held', async () => {
    for (const role of ROLES.filter((r) => r.level !== 'ORGANIZATION')) {
      const shallower = (['ORGANIZATION', 'PROJECT'] as const).filter((l) => levelDepth(l) < levelDepth(role.level));
      for (const level of shallower) {
        const granted = effective.get(`${role.key}|${level}`)!.permissions.flatMap((p) => p.grants).filter((g) => g.role === role.key);
        expect(granted).toEqual([]);
      }
    }
  });
});
