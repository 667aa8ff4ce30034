import type { KeyStanding } from '../persistence/repositories/service-account-key.repository.js';

/*
 * When a service account's key stops authenticating it, stated once for `authenticateServiceAccount`
 * (each request, each WebSocket's connection_init) and for the re-checks of open connections
 * (`session-check.ts`). The token's own signature, claims and single use are checked only when it
 * is presented (`service-account-jwt.ts`).
 */

export const UNKNOWN_KEY = 'No registered key of this service account matches the token\'s "kid": the key is unknown or was removed.';
const ACCOUNT_DISABLED = 'This service account is disabled.';
const ACCOUNT_NOT_A_MEMBER = 'This service account is no longer a member of its organization.';

/** Why the key no longer authenticates its account, or undefined while it does; a removed key is unknown. */
export function keyRefusal(standing: KeyStanding | undefined): string | undefined {
  if (!standing) return UNKNOWN_KEY;
  if (standing.accountDisabled) return ACCOUNT_DISABLED;
  if (!standing.accountIsMember) return ACCOUNT_NOT_A_MEMBER;
  return undefined;
}
