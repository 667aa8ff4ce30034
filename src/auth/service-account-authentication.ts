import type { SqlEntityManager } from '@mikro-orm/knex';
import type { JWK } from 'jose';
import { UnauthenticatedError } from '../domain/errors.js';
import { CLOCK_TOLERANCE_SECONDS } from '../domain/service-account-keys.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { RoleAssignmentRepository } from '../persistence/repositories/role-assignment.repository.js';
import { SeenTokenIdRepository } from '../persistence/repositories/seen-token-id.repository.js';
import { ServiceAccountKeyRepository } from '../persistence/repositories/service-account-key.repository.js';
import type { Viewer } from '../services/service-context.js';
import { lastUseIsStale } from './last-used.js';
import { readClaimant, verifyServiceAccountToken } from './service-account-jwt.js';
import { keyRefusal, UNKNOWN_KEY } from './service-account-rules.js';

/**
 * A service account's JWT works when it verifies with one of the account's registered keys (the
 * one its `kid` names) and its claims hold (`service-account-jwt.ts`), the account is enabled and
 * still a member of its organization, and its `jti` has not been accepted before. The `jti` is
 * recorded in the database, so a token works once across every gateway sharing it.
 *
 * An unknown account and an unknown key get the same answer, so ids cannot be probed; whether the
 * account is disabled is told only to a holder of its key.
 */
export async function authenticateServiceAccount(token: string, em: SqlEntityManager, audience: string, now: Date): Promise<Viewer> {
  const claimant = readClaimant(token);
  const [account] = await new PrincipalRepository(em).byIds([claimant.accountId]);
  const keys = new ServiceAccountKeyRepository(em);
  const key = account?.kind === 'SERVICE_ACCOUNT' ? await keys.byReference(account.id, claimant.keyReference) : null;
  if (!account || !key) {
    throw new UnauthenticatedError(UNKNOWN_KEY);
  }
  const verified = await verifyServiceAccountToken(token, JSON.parse(key.publicKeyJwk) as JWK, { accountId: account.id, audience, now });
  const membership = account.organization
    ? await new RoleAssignmentRepository(em).forPrincipalAt(account.id, { level: 'ORGANIZATION', id: account.organization.id })
    : null;
  const refusal = keyRefusal({ accountDisabled: account.disabled, accountIsMember: membership !== null });
  if (refusal) throw new UnauthenticatedError(refusal);

  const seen = new SeenTokenIdRepository(em);
  await seen.pruneExpired(now);
  const acceptableUntil = new Date(verified.expiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000);
  if (!(await seen.recordFirstUse(account.id, verified.jti, acceptableUntil))) {
    throw new UnauthenticatedError('This token was used before (its "jti" has been seen): mint a new token, with a new jti, for each use.');
  }
  if (lastUseIsStale(key.lastUsedAt, now)) await keys.touchLastUsed(key.id, now);
  return { principalId: account.id, kind: 'SERVICE_ACCOUNT', credential: { kind: 'SERVICE_ACCOUNT_KEY', id: key.id } };
}
