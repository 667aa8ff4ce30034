import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DenialReason } from '../../src/authz/check.js';
import type { EffectivePermissions } from '../../src/authz/effective-permissions.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { Access, RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeLevel, ScopeRef } from '../../src/domain/scope.js';
import { levelDepth, SCOPE_LEVELS } from '../../src/domain/scope.js';
import { readReferenceTables } from '../domain/reference-tables.js';
import { SnapshotBuilder } from '../support/snapshots.js';

/**
 * Every cell of the three reference tables, for every role that can reach the row. Each role is
 * held at its own scope (with the bare prerequisites, Org Member and Project Member, which mark
 * none of the rows checked) and each row is asked at the role's own scope, where the row can be
 * asked there, and at every scope inside it: through effectivePermissions at the row's level, and
 * through check, READ and WRITE, at every scope (a shallower permission is evaluated at the
 * enclosing scope of its level). The expected marks come from the document, not the code.
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
const siblingEnv = b.environment(project);
const siblingProject = b.project(org);
const envOfSibling = b.environment(siblingProject);
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
  /** The level of the scope the role is held at. */
  readonly heldAt: ScopeLevel;
  readonly expected: Access | undefined;
}

/** One cell asked at one scope: the role's own scope, or one inside it. */
interface Evaluation {
  readonly cell: Cell;
  readonly askedAt: ScopeLevel;
}

const cells: Cell[] = ROLES.flatMap((role) =>
  reference
    .filter((row) => levelDepth(row.level) >= levelDepth(role.level))
    .map((row) => ({ key: row.key, level: row.level, role: role.key, heldAt: role.level, expected: expectedMark(row.key, row.level, role.key) })),
);

/** A row can be asked at a scope of its level or deeper; the cells hold rows no shallower than the role. */
const evaluations: Evaluation[] = cells.flatMap((cell) =>
  SCOPE_LEVELS.filter((level) => levelDepth(level) >= levelDepth(cell.level)).map((askedAt) => ({ cell, askedAt })),
);
const atOwnScope = (e: Evaluation): boolean => e.askedAt === e.cell.heldAt;

const effective = new Map<string, EffectivePermissions>();
beforeAll(async () => {
  for (const [role, id] of holderOf) {
    for (const level of SCOPE_LEVELS) effective.set(`${role}|${level}`, await engine.effectivePermissions(id, scopeAt[level]));
  }
});

/** Without a mark the denial names the role when it is held at the row's level, and the missing role otherwise. */
function expectedDenial(cell: Cell, access: Access): DenialReason {
  if (cell.expected === 'READ' && access === 'WRITE') return 'ROLE_GRANTS_READ_ONLY';
  return cell.heldAt === cell.level ? 'ROLE_DOES_NOT_GRANT' : 'NO_ROLE_IN_SCOPE';
}

async function disagreements({ cell, askedAt }: Evaluation): Promise<string[]> {
  const principalId = holderOf.get(cell.role)!;
  const scope = scopeAt[askedAt];
  const grant = (access: Access) => ({ role: cell.role, scope: scopeAt[cell.heldAt], access });
  const problems: string[] = [];
  if (askedAt === cell.level) {
    const found = effective.get(`${cell.role}|${askedAt}`)!.permissions.find((p) => p.key === cell.key);
    const expectedEntry = cell.expected && { key: cell.key, access: cell.expected, grants: [grant(cell.expected)] };
    if (!isDeepStrictEqual(found, expectedEntry)) problems.push(`effectivePermissions: ${JSON.stringify(found)}`);
  }
  for (const access of ['READ', 'WRITE'] as const) {
    const result = await engine.check({ principalId, permissionKey: cell.key, access, scope });
    const allowed = cell.expected === 'WRITE' || (cell.expected === 'READ' && access === 'READ');
    const expected = allowed ? { allowed, grants: [grant(cell.expected!)] } : { allowed, grants: [], reason: expectedDenial(cell, access) };
    const actual = allowed ? { allowed: result.allowed, grants: result.grants } : { allowed: result.allowed, grants: result.grants, reason: result.denial?.reason };
    if (!isDeepStrictEqual(actual, expected)) problems.push(`check ${access}: ${JSON.stringify(actual)}`);
  }
  return problems.map((p) => `${cell.key} × ${cell.role} asked at the ${askedAt.toLowerCase()}: ${p}`);
}

const ownScopeCount = evaluations.filter(atOwnScope).length;
describe(`effective permissions and checks agree with the reference tables: ${cells.length} cells, ${ownScopeCount} asked at the role's own scope and ${evaluations.length - ownScopeCount} at a scope inside it`, () => {
  for (const role of ROLES) {
    const own = cells.filter((c) => c.role === role.key);
    const asked = evaluations.filter((e) => e.cell.role === role.key);
    const where = role.level.toLowerCase();
    const ownCount = asked.filter(atOwnScope).length;
    const innerCount = asked.length - ownCount;
    const inside = role.level === 'ENVIRONMENT' ? 'none inside it (an environment has no scope inside it)' : `${innerCount} at a scope inside it`;
    it(`${role.title} held at its ${where}: all ${own.length} cells it reaches agree, ${ownCount} asked at the ${where} itself and ${inside}`, async () => {
      const problems = (await Promise.all(asked.map(disagreements))).flat();
      expect(problems).toEqual([]);
    });
  }

  it('a role grants nothing at levels shallower than where it is held', async () => {
    for (const role of ROLES.filter((r) => r.level !== 'ORGANIZATION')) {
      const shallower = SCOPE_LEVELS.filter((l) => levelDepth(l) < levelDepth(role.level));
      for (const level of shallower) {
        const granted = effective.get(`${role.key}|${level}`)!.permissions.flatMap((p) => p.grants).filter((g) => g.role === role.key);
        expect(granted).toEqual([]);
      }
    }
  });

  it('a role held at a project or an environment grants nothing at a sibling project or environment', async () => {
    for (const role of ROLES.filter((r) => r.level !== 'ORGANIZATION')) {
      const siblings = role.level === 'PROJECT' ? [siblingProject, envOfSibling] : [siblingEnv, envOfSibling];
      for (const scope of siblings) {
        const granted = (await engine.effectivePermissions(holderOf.get(role.key)!, scope)).permissions.flatMap((p) => p.grants).filter((g) => g.role === role.key);
        expect(granted, `${role.title} at ${scope.level}`).toEqual([]);
      }
    }
  });
});
