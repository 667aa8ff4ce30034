import type { SqlEntityManager } from '@mikro-orm/knex';
import { decodeJwt } from 'jose';
import { CLOCK_TOLERANCE_SECONDS } from '../domain/service-account-keys.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import { ServiceAccountKeyRepository } from '../persistence/repositories/service-account-key.repository.js';
import type { Viewer } from '../services/service-context.js';
import { keyRefusal } from './service-account-rules.js';
import { tokenRefusal } from './token-rules.js';

const TOKEN_EXPIRED = 'The service-account token has expired: connect again with a new one.';

/** A credential that authenticated once and is still in use (an open WebSocket connection). */
export interface Session {
  /** The `Authorization` value it authenticated with. */
  readonly authorization: string;
  /** Who it authenticated as, and with which credential. */
  readonly viewer: Viewer;
}

/**
 * Re-checks sessions by the rules `authenticate` applies when a credential is presented, in a few
 * statements for ten thousand sessions and without writing anything (`lastUsedAt` records
 * requests, not a connection kept open):
 * - a personal API token by `token-rules.ts`: unrevoked, unexpired, its owner enabled and a member;
 * - a service account's key by `service-account-rules.ts` (still registered, the account enabled
 *   and a member of its organization), and the JWT it connected with by its `exp`. The JWT itself
 *   is not presented again: it was verified when the connection opened, and a second use would be
 *   refused as a replay.
 * Returns why each refused session is refused. Throws only when the database cannot answer.
 */
export async function refusedSessions<S extends Session>(sessions: readonly S[], em: SqlEntityManager, now = new Date()): Promise<Map<S, string>> {
  const byToken = sessions.filter((session) => session.viewer.credential.kind === 'API_TOKEN');
  const byKey = sessions.filter((session) => session.viewer.credential.kind === 'SERVICE_ACCOUNT_KEY');
  const idsOf = (group: readonly S[]) => group.map((session) => session.viewer.credential.id);
  const [tokens, keys] = await Promise.all([new ApiTokenRepository(em).standings(idsOf(byToken)), new ServiceAccountKeyRepository(em).standings(idsOf(byKey))]);
  const refused = new Map<S, string>();
  for (const session of byToken) {
    const refusal = tokenRefusal(tokens.get(session.viewer.credential.id), now);
    if (refusal !== undefined) refused.set(session, refusal);
  }
  for (const session of byKey) {
    const refusal = keyRefusal(keys.get(session.viewer.credential.id)) ?? (expired(session.authorization, now) ? TOKEN_EXPIRED : undefined);
    if (refusal !== undefined) refused.set(session, refusal);
  }
  return refused;
}

/** Whether the verified JWT a session connected with is past its `exp` (with the clock tolerance `authenticate` allows). */
function expired(authorization: string, now: Date): boolean {
  const { exp } = decodeJwt(authorization.replace(/^Bearer\s+/i, '').trim());
  return exp === undefined || (exp + CLOCK_TOLERANCE_SECONDS) * 1000 <= now.getTime();
}
