import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
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
  const credential = await tokens.credentialByHash(hashApiToken(token));
  const refusal = tokenRefusal(credential?.standing, now);
  if (refusal) throw new UnauthenticatedError(refusal);
  const { id, principalId, principalKind, lastUsedAt } = credential!;
  if (lastUseIsStale(lastUsedAt, now)) await tokens.touchLastUsed(id, now);
  return { principalId, kind: principalKind, credential: { kind: 'API_TOKEN', id } };
}
