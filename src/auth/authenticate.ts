import type { SqlEntityManager } from '@mikro-orm/knex';
import { UnauthenticatedError } from '../domain/errors.js';
import type { Viewer } from '../services/service-context.js';
import { authenticateApiToken } from './api-token-authentication.js';
import { API_TOKEN_PREFIX } from './api-token-secret.js';
import { authenticateServiceAccount } from './service-account-authentication.js';
import { isJwtShaped } from './service-account-jwt.js';

export interface AuthenticationSettings {
  /** The `aud` service-account JWTs must carry (ROLEGATE_JWT_AUDIENCE). */
  readonly jwtAudience: string;
}

/**
 * Verifies `Authorization: Bearer <credential>`, for every transport (HTTP requests, and the
 * graphql-ws `connection_init` payload's `authorization`): a user's personal API token (`rgp_…`)
 * or a service account's signed JWT. Every failure is an `UnauthenticatedError` whose message says
 * what to fix; nothing else is thrown for a bad credential. May write: a credential's last use and
 * a JWT's `jti`.
 */
export async function authenticate(
  authorization: string | undefined,
  em: SqlEntityManager,
  settings: AuthenticationSettings,
  now: Date = new Date(),
): Promise<Viewer> {
  const token = bearerToken(authorization);
  if (token.startsWith(API_TOKEN_PREFIX)) return authenticateApiToken(token, em, now);
  if (isJwtShaped(token)) return authenticateServiceAccount(token, em, settings.jwtAudience, now);
  throw new UnauthenticatedError('The bearer token is neither a Rolegate API token (rgp_…) nor a service-account JWT.');
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization) {
    throw new UnauthenticatedError('Authentication required: send "Authorization: Bearer <token>" (only /health is public).');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  return match[1]!;
}
