import type { EffectivePermission, EffectivePermissions } from '../authz/effective-permissions.js';
import type { Access } from '../domain/role-tables.js';

/** A permission held before and after a change, at a different access. */
export interface AccessChange {
  readonly key: string;
  readonly before: Access;
  readonly after: Access;
}

/** How one set of effective permissions differs from the previous one, each list in catalog order. */
export interface PermissionDiff {
  readonly added: readonly EffectivePermission[];
  readonly removed: readonly EffectivePermission[];
  readonly changed: readonly AccessChange[];
}

/** What `effectivePermissionsChanged` sends: the set now, how it differs from the last one sent, and as of which revision. */
export interface EffectivePermissionsUpdate {
  readonly revision: number;
  readonly effectivePermissions: EffectivePermissions;
  readonly diff: PermissionDiff;
}

/**
 * The difference between two sets of effective permissions, by key and access. A change of
 * provenance alone (another role now gives the same access) is no difference: the principal may
 * do exactly what it could.
 */
export function diffPermissions(before: readonly EffectivePermission[], after: readonly EffectivePermission[]): PermissionDiff {
  const previous = new Map(before.map((p) => [p.key, p]));
  const current = new Set(after.map((p) => p.key));
  const changed: AccessChange[] = [];
  for (const permission of after) {
    const was = previous.get(permission.key);
    if (was && was.access !== permission.access) changed.push({ key: permission.key, before: was.access, after: permission.access });
  }
  return {
    added: after.filter((p) => !previous.has(p.key)),
    removed: before.filter((p) => !current.has(p.key)),
    changed,
  };
}

export function isEmptyDiff(diff: PermissionDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
