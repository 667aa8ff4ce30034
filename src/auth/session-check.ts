import type { SqlEntityManager } from '@mikro-orm/knex';
import { decodeJwt } from 'jose';
import { CLOCK_TOLERANCE_SECONDS } from '../domain/service-account-keys.js';
import { ApiTokenRepository, type TokenStanding } from '../persistence/repositories/api-token.repository.js';
import { ServiceAccountKeyRepository, type KeyStanding } from '../persistence/repositories/service-account-key.repository.js';
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
 * What the database says about a session's credential. It changes only through access changes
 * (a token revoked, a key removed, a principal disabled or removed, each recorded in the event
 * log); the passing of time (expiry) is judged against it by `sessionRefusal`.
 */
export type SessionStanding = { readonly kind: 'API_TOKEN'; readonly token: TokenStanding | undefined } | { readonly kind: 'SERVICE_ACCOUNT_KEY'; readonly key: KeyStanding | undefined };

/**
 * Re-checks sessions by the rules `authenticate` applies when a credential is presented, in a few
 * statements for ten thousand sessions and without writing anything (`lastUsedAt` records
 * requests, not a connection kept open):
 * - a personal API token by `token-rules.ts`: unrevoked, unexpired, its owner enabled and a member;
 * - a service account's key by `service-account-rules.ts` (still registered, the account enabled
 *   and a member of its organization), and the JWT it connected with by its `exp`. The JWT itself
 *   is not presented again: it was verified when the connection opened, and a second use would be
 *   refused as a replay.
 * `readSessionStandings` reads what decides it; `sessionRefusal` judges it, at a given time.
 * Throws only when the database cannot answer.
 */
export async function readSessionStandings<S extends Session>(sessions: readonly S[], em: SqlEntityManager): Promise<Map<S, SessionStanding>> {
  const byToken = sessions.filter((session) => session.viewer.credential.kind === 'API_TOKEN');
  const byKey = sessions.filter((session) => session.viewer.credential.kind === 'SERVICE_ACCOUNT_KEY');
  const idsOf = (group: readonly S[]) => group.map((session) => session.viewer.credential.id);
  const [tokens, keys] = await Promise.all([new ApiTokenRepository(em).standings(idsOf(byToken)), new ServiceAccountKeyRepository(em).standings(idsOf(byKey))]);
  const standings = new Map<S, SessionStanding>();
  for (const session of byToken) standings.set(session, { kind: 'API_TOKEN', token: tokens.get(session.viewer.credential.id) });
  for (const session of byKey) standings.set(session, { kind: 'SERVICE_ACCOUNT_KEY', key: keys.get(session.viewer.credential.id) });
  return standings;
}

/** Why the session's credential no longer works at `now`, or undefined while it does. */
export function sessionRefusal(session: Session, standing: SessionStanding, now: Date): string | undefined {
  if (standing.kind === 'API_TOKEN') return tokenRefusal(standing.token, now);
  return keyRefusal(standing.key) ?? (expired(session, now) ? TOKEN_EXPIRED : undefined);
}

/**
 * When each session's JWT stops being accepted (ms since the epoch), decoded once: the connection
 * guard judges every open session twice a second, and decoding ten thousand tokens each time cost
 * about 40 ms.
 */
const expiries = new WeakMap<Session, number>();

/** Whether the verified JWT a session connected with is past its `exp` (with the clock tolerance `authenticate` allows). */
function expired(session: Session, now: Date): boolean {
  let expiresAt = expiries.get(session);
  if (expiresAt === undefined) {
    const { exp } = decodeJwt(session.authorization.replace(/^Bearer\s+/i, '').trim());
    expiresAt = exp === undefined ? Number.NEGATIVE_INFINITY : (exp + CLOCK_TOLERANCE_SECONDS) * 1000;
    expiries.set(session, expiresAt);
  }
  return expiresAt <= now.getTime();
}
