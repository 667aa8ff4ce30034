import type { Access, PermissionDefinition, RoleKey } from '../domain/role-tables.js';
import { PERMISSIONS, ROLE_KEYS, rolesGranting } from '../domain/role-tables.js';
import type { ScopeLevel } from '../domain/scope.js';
import { SCOPE_LEVELS } from '../domain/scope.js';

/**
 * The role tables rearranged once, at module load, into the shapes the engine's loops read:
 * evaluating a principal then costs its few grants times the rows they mark, never a scan of the
 * whole catalog.
 */
export interface LevelMark {
  readonly permission: PermissionDefinition;
  /** The permission's position among the permissions of its level (catalog order). */
  readonly index: number;
  readonly access: Access;
}

function byLevel(): Record<ScopeLevel, readonly PermissionDefinition[]> {
  const levels = { ORGANIZATION: [], PROJECT: [], ENVIRONMENT: [] } as Record<ScopeLevel, PermissionDefinition[]>;
  for (const permission of PERMISSIONS) levels[permission.level].push(permission);
  return levels;
}

export const PERMISSIONS_BY_LEVEL: Readonly<Record<ScopeLevel, readonly PermissionDefinition[]>> = byLevel();

function marksOf(role: RoleKey, level: ScopeLevel): LevelMark[] {
  const marks: LevelMark[] = [];
  PERMISSIONS_BY_LEVEL[level].forEach((permission, index) => {
    const access = permission.grants[role];
    if (access) marks.push({ permission, index, access });
  });
  return marks;
}

const MARKS = new Map<RoleKey, Record<ScopeLevel, readonly LevelMark[]>>(
  ROLE_KEYS.map((role) => [role, Object.fromEntries(SCOPE_LEVELS.map((level) => [level, marksOf(role, level)])) as Record<ScopeLevel, LevelMark[]>]),
);

/** What `role` grants on the permissions of `level`, in catalog order. */
export function roleMarksAtLevel(role: RoleKey, level: ScopeLevel): readonly LevelMark[] {
  return MARKS.get(role)![level];
}

const GRANTING = new Map<string, Record<Access, readonly RoleKey[]>>(
  PERMISSIONS.map((p) => [p.key, { READ: rolesGranting(p, 'READ'), WRITE: rolesGranting(p, 'WRITE') }]),
);

/** The roles that grant `permission` at `access` or stronger. */
export function rolesGrantingAtLeast(permission: PermissionDefinition, access: Access): readonly RoleKey[] {
  return GRANTING.get(permission.key)![access];
}
