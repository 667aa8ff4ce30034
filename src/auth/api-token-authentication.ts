import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import type { Viewer } from '../services/service-context.js';
import { hashApiToken, isApiTokenShaped } from './api-token-secret.js';
import { lastUseIsStale } from './last-used.js';
import { INVALID_TOKEN, tokenRefusal } from './token-rules.js';

/**
 * A personal API token works while it is unrevoked and unexpired, and its owner is enabled and
 * still a member of at least one organization (removed members lose their tokens with their last
 * membership): the rules of `token-rules.ts`, which open WebSocket connections are re-checked by.
 */
export async function authenticateApiToken(token: string, em: SqlEntityManager, now: Date): Promise<Viewer> {
  if (!isApiTokenShaped(token)) throw new UnauthenticatedError(INVALID_TOKEN);
  const tokens = new ApiTokenRepository(em);
  const record = await tokens.byHash(hashApiToken(token));
  if (!record) throw new UnauthenticatedError(INVALID_TOKEN);
  await em.populate(record, ['principal']);
  const owner = record.principal;
  const memberships = await new OrganizationRepository(em).ofPrincipal(owner.id, { limit: 1 });
  const refusal = tokenRefusal({ revokedAt: record.revokedAt, expiresAt: record.expiresAt, ownerDisabled: owner.disabled, ownerIsMember: memberships.items.length > 0 }, now);
  if (refusal) throw new UnauthenticatedError(refusal);
  if (lastUseIsStale(record.lastUsedAt, now)) await tokens.touchLastUsed(record.id, now);
  return { principalId: owner.id, kind: owner.kind, credential: { kind: 'API_TOKEN', id: record.id } };
}
