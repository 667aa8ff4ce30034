import type { TokenStanding } from '../persistence/repositories/api-token.repository.js';

/*
 * When a personal API token stops working, stated once for `authenticate` (each request, each
 * WebSocket's connection_init) and for the re-checks of open connections (`session-check.ts`).
 * The messages tell a client what to fix without revealing which tokens exist.
 */

export const INVALID_TOKEN = 'The API token is invalid, expired or revoked.';
const OWNER_DISABLED = 'The owner of this API token is disabled.';
const OWNER_NOT_A_MEMBER = 'The owner of this API token is no longer a member of any organization.';

/** Why the token is refused, or undefined while it works; a token that no longer exists is invalid. */
export function tokenRefusal(standing: TokenStanding | undefined, now: Date): string | undefined {
  if (!standing || standing.revokedAt !== null || (standing.expiresAt !== null && standing.expiresAt.getTime() <= now.getTime())) return INVALID_TOKEN;
  if (standing.ownerDisabled) return OWNER_DISABLED;
  if (!standing.ownerIsMember) return OWNER_NOT_A_MEMBER;
  return undefined;
}
