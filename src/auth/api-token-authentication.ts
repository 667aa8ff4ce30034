import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import type { Viewer } from '../services/service-context.js';
import { hashApiToken, isApiTokenShaped } from './api-token-secret.js';
import { lastUseIsStale } from './last-used.js';

const INVALID = 'The API token is invalid, expired or revoked.';

/**
 * A personal API token works while it is unrevoked and unexpired, and its owner is enabled and
 * still a member of at least one organization (removed members lose their tokens with their last
 * membership). The messages tell a client what to fix without revealing which tokens exist.
 */
export async function authenticateApiToken(token: string, em: SqlEntityManager, now: Date): Promise<Viewer> {
  if (!isApiTokenShaped(token)) throw new UnauthenticatedError(INVALID);
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
  if (lastUseIsStale(record.lastUsedAt, now)) await tokens.touchLastUsed(record.id, now);
  return { principalId: owner.id, kind: owner.kind, credential: { kind: 'API_TOKEN', id: record.id } };
}
