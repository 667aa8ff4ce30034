import type { SqlEntityManager } from '@mikro-orm/knex';
import { RolegateError } from '../domain/errors.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import type { Viewer } from '../services/service-context.js';
import { isApiTokenShaped } from './api-token-secret.js';
import { authenticate } from './authenticate.js';
import { tokenRefusal } from './token-rules.js';

/** A credential that authenticated once and is still in use (an open WebSocket connection). */
export interface Session {
  /** The `Authorization` value it authenticated with. */
  readonly authorization: string;
  /** Who it authenticated as. */
  readonly viewer: Viewer;
}

/**
 * Re-checks sessions by the rules `authenticate` applies, and says why each refused one is: for
 * personal API tokens, in a few statements for all of them and without writing anything
 * (`lastUsedAt` records requests, not a connection being kept open); any other credential
 * through `authenticate` itself, once per distinct credential. Throws only when the database
 * cannot answer, in which case nothing is decided.
 */
export async function refusedSessions<S extends Session>(sessions: readonly S[], em: SqlEntityManager, now = new Date()): Promise<Map<S, string>> {
  const refused = new Map<S, string>();
  const byToken = new Set(sessions.filter((session) => isApiTokenShaped(credentialOf(session.authorization))));
  const standings = await new ApiTokenRepository(em).standings([...byToken].map((session) => session.viewer.tokenId));
  for (const session of byToken) {
    const refusal = tokenRefusal(standings.get(session.viewer.tokenId), now);
    if (refusal !== undefined) refused.set(session, refusal);
  }
  const others = new Map<string, S[]>();
  for (const session of sessions) {
    if (byToken.has(session)) continue;
    others.set(session.authorization, [...(others.get(session.authorization) ?? []), session]);
  }
  for (const [authorization, group] of others) {
    const refusal = await refusalOf(authorization, group[0]!.viewer, em, now);
    if (refusal !== undefined) for (const session of group) refused.set(session, refusal);
  }
  return refused;
}

function credentialOf(authorization: string): string {
  return authorization.replace(/^Bearer\s+/i, '').trim();
}

async function refusalOf(authorization: string, viewer: Viewer, em: SqlEntityManager, now: Date): Promise<string | undefined> {
  try {
    const current = await authenticate(authorization, em, now);
    return current.principalId === viewer.principalId ? undefined : 'The credentials now name another principal.';
  } catch (error) {
    if (error instanceof RolegateError) return error.message;
    throw error;
  }
}
