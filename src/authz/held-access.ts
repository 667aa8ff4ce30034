import type { Access } from '../domain/role-tables.js';
import { accessSatisfies } from '../domain/role-tables.js';
import { levelDepth, scopeOfChain, type ScopeChain, type ScopeLevel } from '../domain/scope.js';
import { roleMarksAtLevel } from './catalog-index.js';
import type { PlacedGrant } from './grant-store.js';
import { requireAccess, requirePermission } from './input-validation.js';
import { evaluationChain } from './scope-resolution.js';

/**
 * What one principal holds at one scope, read once and then asked several questions without a
 * store read each: the visibility rules ask, per question, whether the viewer holds anything at a
 * scope and whether it holds a members permission there. Each answer is the one
 * `effectivePermissions` and `check` give from the same grants.
 */
export class HeldAccess {
  private readonly level: ScopeLevel;

  constructor(
    private readonly chain: ScopeChain,
    /** The grants that count along the chain (none for a disabled or unknown principal). */
    private readonly counting: readonly PlacedGrant[],
  ) {
    this.level = scopeOfChain(chain).level;
  }

  /** Whether the principal holds any permission of the scope's level there (its effective permissions are not empty). */
  get anything(): boolean {
    return this.counting.some((grant) => roleMarksAtLevel(grant.role, this.level).length > 0);
  }

  /**
   * Whether `check` allows the permission at `access` here: on the chain cut at the permission's
   * level, so a project permission asked at an environment is its project's. A permission deeper
   * than the scope is refused as `check` refuses it.
   */
  holds(permissionKey: string, access: Access): boolean {
    const permission = requirePermission(permissionKey);
    const wanted = requireAccess(access);
    const depth = levelDepth(scopeOfChain(evaluationChain(this.chain, permission)).level);
    return this.counting.some((grant) => {
      const granted = permission.grants[grant.role];
      return granted !== undefined && levelDepth(grant.scope.level) <= depth && accessSatisfies(granted, wanted);
    });
  }
}
