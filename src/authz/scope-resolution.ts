import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { PermissionDefinition } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { chainAtLevel, scopeOfChain } from '../domain/scope.js';
import type { GrantStore } from './grant-store.js';
import { describeScope } from './wording.js';

export async function resolveScope(store: GrantStore, scope: ScopeRef): Promise<ScopeChain> {
  const chain = await store.scopeChain(scope);
  if (!chain) throw NotFoundError.of(scope.level.toLowerCase(), scope.id);
  return chain;
}

/**
 * The chain a permission is evaluated on. A permission of a shallower level than the scope is a
 * question about the enclosing scope of its level (project members, asked at an environment, are
 * the project's); a deeper one has no answer at the scope (there is no single environment to
 * deploy to at a project), so it is refused.
 */
export function evaluationChain(chain: ScopeChain, permission: PermissionDefinition): ScopeChain {
  const cut = chainAtLevel(chain, permission.level);
  if (!cut) {
    const scope = describeScope(scopeOfChain(chain));
    const level = permission.level.toLowerCase();
    throw new InvalidInputError(
      `${permission.key} is ${level === 'project' ? 'a' : 'an'} ${level} permission; it cannot be asked at ${scope}. Ask at one of its ${level}s instead.`,
      { permissionKey: permission.key, scope: scopeOfChain(chain) },
    );
  }
  return cut;
}
