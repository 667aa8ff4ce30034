import type { RoleKey } from './role-tables.js';
import type { ScopeRef } from './scope.js';

/** A principal holds one role at one scope; at most one role per principal and scope. */
export interface Grant {
  readonly principalId: string;
  readonly scope: ScopeRef;
  readonly role: RoleKey;
}
