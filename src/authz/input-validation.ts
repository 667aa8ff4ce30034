import { InvalidInputError } from '../domain/errors.js';
import type { Access, PermissionDefinition } from '../domain/role-tables.js';
import { permissionDefinition } from '../domain/role-tables.js';
import type { ScopeRef } from '../domain/scope.js';
import { SCOPE_LEVELS } from '../domain/scope.js';

/**
 * Checks on what callers pass in. The GraphQL layer types its inputs, but the engine is also
 * called from services and the benchmark, so it refuses bad values itself, with the fix named.
 */
export function requirePermission(key: string): PermissionDefinition {
  const permission = permissionDefinition(key);
  if (!permission) {
    throw new InvalidInputError(`Unknown permission key "${key}". Keys look like "environment.deploy"; see the permission catalog.`, { permissionKey: key });
  }
  return permission;
}

export function requireAccess(access: string): Access {
  if (access !== 'READ' && access !== 'WRITE') {
    throw new InvalidInputError(`Access must be READ or WRITE, not "${access}".`, { access });
  }
  return access;
}

export function requireScopeRef(scope: ScopeRef): ScopeRef {
  if (!SCOPE_LEVELS.includes(scope.level) || typeof scope.id !== 'string' || scope.id === '') {
    throw new InvalidInputError('A scope needs a level (ORGANIZATION, PROJECT or ENVIRONMENT) and an id.', { scope });
  }
  return scope;
}
