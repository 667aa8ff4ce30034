import { InvalidInputError } from '../domain/errors.js';
import { isId } from '../domain/ids.js';
import { ENVIRONMENT_TIERS, type EnvironmentTier } from '../domain/environment-tier.js';
import { isRoleKey, type RoleKey } from '../domain/role-tables.js';
import { SCOPE_LEVELS, type ScopeRef } from '../domain/scope.js';

/** Input rules every service applies before it reads or writes anything. */

export function requireId(value: string, field: string): string {
  if (!isId(value)) throw new InvalidInputError(`${field} is not a valid id (a UUID): ${JSON.stringify(value).slice(0, 80)}`, { field });
  return value.toLowerCase();
}

export function requireScope(scope: ScopeRef, field = 'scope'): ScopeRef {
  if (!SCOPE_LEVELS.includes(scope.level)) throw new InvalidInputError(`${field}.level must be one of ${SCOPE_LEVELS.join(', ')}.`, { field });
  return { level: scope.level, id: requireId(scope.id, `${field}.id`) };
}

const MAX_NAME_LENGTH = 200;

export function requireName(value: string, field: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new InvalidInputError(`${field} must be 1 to ${MAX_NAME_LENGTH} characters long.`, { field });
  }
  return name;
}

const MAX_DESCRIPTION_LENGTH = 2000;

/** An optional free text; blank means none. */
export function optionalDescription(value: string | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > MAX_DESCRIPTION_LENGTH) throw new InvalidInputError(`${field} must be at most ${MAX_DESCRIPTION_LENGTH} characters long.`, { field });
  return text === '' ? null : text;
}

/** Deliberately loose (one @, a dot in the domain, no spaces): the mailbox is the user's business. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requireEmail(value: string, field = 'email'): string {
  const email = value.trim().toLowerCase();
  if (email.length > 320 || !EMAIL.test(email)) throw new InvalidInputError(`${field} is not an email address.`, { field });
  return email;
}

export function requireRole(value: string, field = 'role'): RoleKey {
  if (!isRoleKey(value)) throw new InvalidInputError(`${field} is not a role.`, { field });
  return value;
}

export function requireTier(value: string, field = 'tier'): EnvironmentTier {
  if (!ENVIRONMENT_TIERS.includes(value as EnvironmentTier)) {
    throw new InvalidInputError(`${field} must be one of ${ENVIRONMENT_TIERS.join(', ')}.`, { field });
  }
  return value as EnvironmentTier;
}

/** An optional expiry must lie in the future. */
export function requireFutureDate(value: Date | undefined, now: Date, field: string): Date | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(value.getTime()) || value.getTime() <= now.getTime()) {
    throw new InvalidInputError(`${field} must be a time in the future.`, { field });
  }
  return value;
}
