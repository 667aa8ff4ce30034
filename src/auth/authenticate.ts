import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import type { Viewer } from '../services/service-context.js';
import { hashApiToken, isApiTokenShaped } from './api-token-secret.js';
import { INVALID_TOKEN, tokenRefusal } from './token-rules.js';

/** A successful authentication's `lastUsedAt` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Verifies `Authorization: Bearer <token>`. A token works while it is unrevoked and unexpired,
 * and its owner is enabled and still a member of at least one organization (removed members
 * lose their tokens with their last membership): the rules of `token-rules.ts`. Every failure is
 * UNAUTHENTICATED.
 */
export async function authenticate(authorization: string | undefined, em: SqlEntityManager, now = new Date()): Promise<Viewer> {
  const token = bearerToken(authorization);
  const tokens = new ApiTokenRepository(em);
  const record = await tokens.byHash(hashApiToken(token));
  if (!record) throw new UnauthenticatedError(INVALID_TOKEN);
  await em.populate(record, ['principal']);
  const owner = record.principal;
  const memberships = await new OrganizationRepository(em).ofPrincipal(owner.id, { limit: 1 });
  const refusal = tokenRefusal({ revokedAt: record.revokedAt, expiresAt: record.expiresAt, ownerDisabled: owner.disabled, ownerIsMember: memberships.items.length > 0 }, now);
  if (refusal) throw new UnauthenticatedError(refusal);
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
  if (!isApiTokenShaped(match[1]!)) throw new UnauthenticatedError(INVALID_TOKEN);
  return match[1]!;
}
