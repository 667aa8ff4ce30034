import type { RoleKey } from '../domain/role-tables.js';
import { roleDefinition } from '../domain/role-tables.js';
import type { ScopeRef } from '../domain/scope.js';

/** How refusals and denials name things: messages are read by people, so roles go by title. */
export function roleTitle(role: RoleKey): string {
  return roleDefinition(role).title;
}

export function describeScope(scope: ScopeRef): string {
  return `${scope.level.toLowerCase()} ${scope.id}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
