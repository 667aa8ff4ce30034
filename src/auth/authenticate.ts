import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import type { Viewer } from '../services/service-context.js';
import { hashApiToken, isApiTokenShaped } from './api-token-secret.js';

/** A successful authentication's `lastUsedAt` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

const INVALID = 'The API token is invalid, expired or revoked.';

/**
 * Verifies `Authorization: Bearer <token>`. A token works while it is unrevoked and unexpired,
 * and its owner is enabled and still a member of at least one organization (removed members
 * lose their tokens with their last membership). Every failure is UNAUTHENTICATED; the messages
 * tell a client what to fix without revealing which tokens exist.
 */
export async function authenticate(authorization: string | undefined, em: SqlEntityManager, now = new Date()): Promise<Viewer> {
  const token = bearerToken(authorization);
  const tokens = new ApiTokenRepository(em);
  const record = await tokens.byHash(hashApiToken(token));
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt.getTime() <= now.getTime())) {
    throw new UnauthenticatedError(INVALID);
  }
  await em.populate(record, ['principal']);
  const owner = record.principal;
  if (owner.disabled) throw new UnauthenticatedError('The owner of this API token is disabled.');
  const memberships = await new OrganizationRepository(em).ofPrincipal(owner.id, { limit: 1 });
  if (memberships.items.length === 0) throw new UnauthenticatedError('The owner of this API token is no longer a member of any organization.');
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await tokens.touchLastUsed(record.id, now);
  }
  return { principalId: owner.id, kind: owner.kind, tokenId: record.id };
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization) {
    throw new UnauthenticatedError('Authentication required: send "Authorization: Bearer <token>" (only /health is public).');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  if (!isApiTokenShaped(match[1]!)) throw new UnauthenticatedError(INVALID);
  return match[1]!;
}
