import type { Access, PermissionDefinition, RoleKey } from '../domain/role-tables.js';
import { strongerAccess } from '../domain/role-tables.js';
import type { ScopeLevel, ScopeRef } from '../domain/scope.js';
import { PERMISSIONS_BY_LEVEL, roleMarksAtLevel } from './catalog-index.js';
import type { PlacedGrant } from './grant-store.js';

/** One grant that gives a permission: the role, where it is held, and what it gives. */
export interface GrantProvenance {
  readonly role: RoleKey;
  /** Where the role is held: the scope itself or one enclosing it. */
  readonly scope: ScopeRef;
  /** What this grant alone gives on the permission. */
  readonly access: Access;
}

export interface EffectivePermission {
  readonly key: string;
  /** The strongest access any grant gives (W wins over R). */
  readonly access: Access;
  /** Every grant that gives the permission, outermost scope first; never empty. */
  readonly grants: GrantProvenance[];
}

export interface EffectivePermissions {
  readonly principalId: string;
  readonly scope: ScopeRef;
  /** The permissions of the scope's level that the principal holds there, in catalog order. */
  readonly permissions: EffectivePermission[];
}

interface Accumulated {
  access: Access;
  readonly grants: GrantProvenance[];
}

/**
 * The permissions of `level` given by `grants` (counting grants along one chain, outermost
 * first): a slot per permission of the level, filled by each grant's marks, so the cost is the
 * number of marks the principal's roles carry.
 */
export function effectiveAtLevel(grants: readonly PlacedGrant[], level: ScopeLevel): EffectivePermission[] {
  const permissions = PERMISSIONS_BY_LEVEL[level];
  const slots: (Accumulated | undefined)[] = new Array(permissions.length);
  for (const grant of grants) {
    for (const mark of roleMarksAtLevel(grant.role, level)) {
      const provenance: GrantProvenance = { role: grant.role, scope: grant.scope, access: mark.access };
      const slot = slots[mark.index];
      if (slot) {
        slot.access = strongerAccess(slot.access, mark.access);
        slot.grants.push(provenance);
      } else {
        slots[mark.index] = { access: mark.access, grants: [provenance] };
      }
    }
  }
  const result: EffectivePermission[] = [];
  for (let i = 0; i < permissions.length; i++) {
    const slot = slots[i];
    if (slot) result.push({ key: permissions[i]!.key, access: slot.access, grants: slot.grants });
  }
  return result;
}

/** Every grant among `grants` that gives `permission`, at any access, in the order given. */
export function provenanceOf(grants: readonly PlacedGrant[], permission: PermissionDefinition): GrantProvenance[] {
  const provenance: GrantProvenance[] = [];
  for (const grant of grants) {
    const access = permission.grants[grant.role];
    if (access) provenance.push({ role: grant.role, scope: grant.scope, access });
  }
  return provenance;
}

/** The strongest access among provenance entries (W wins over R); undefined when there are none. */
export function strongestOf(provenance: readonly GrantProvenance[]): Access | undefined {
  let access: Access | undefined;
  for (const p of provenance) access = access ? strongerAccess(access, p.access) : p.access;
  return access;
}
