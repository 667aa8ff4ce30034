import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { UnauthenticatedError } from '../domain/errors.js';
import { isId } from '../domain/ids.js';
import {
  CLOCK_TOLERANCE_SECONDS,
  MAX_JTI_LENGTH,
  MAX_TOKEN_LIFETIME_SECONDS,
  SERVICE_ACCOUNT_JWT_ALGORITHMS,
  type ServiceAccountJwtAlgorithm,
} from '../domain/service-account-keys.js';

/** What a token claims before anything is verified: only enough to find the key to verify it with. */
export interface TokenClaimant {
  readonly accountId: string;
  /** The `kid` header: a key's id or its fingerprint. */
  readonly keyReference: string;
}

export interface VerifiedServiceAccountToken {
  readonly jti: string;
  /** The `exp` claim. */
  readonly expiresAt: Date;
}

const ALGORITHMS: readonly string[] = SERVICE_ACCOUNT_JWT_ALGORITHMS;
const ALGORITHM_LIST = SERVICE_ACCOUNT_JWT_ALGORITHMS.join(', ');

/** Compact JWS: three base64url parts. Anything else is not a service-account token. */
export function isJwtShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

/**
 * Reads the header and the claims that name the account and its key, unverified. Refuses at once
 * what no key could make acceptable: a missing or forbidden `alg` (`none`, HMAC), no `kid`, an
 * `iss` that is not the `sub`.
 */
export function readClaimant(token: string): TokenClaimant {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch {
    throw refused('The bearer token is neither a Rolegate API token (rgp_…) nor a well-formed JWT.');
  }
  if (typeof header.alg !== 'string' || !ALGORITHMS.includes(header.alg)) {
    throw refused(`Service-account tokens must be signed with one of ${ALGORITHM_LIST}; "none" and shared-secret (HMAC) algorithms are refused.`);
  }
  if (typeof header.kid !== 'string' || header.kid.length === 0 || header.kid.length > 200) {
    throw refused('The token needs a "kid" header naming the signing key: its id or its fingerprint, as listed on the service account.');
  }
  if (typeof payload.sub !== 'string' || !isId(payload.sub) || payload.iss !== payload.sub) {
    throw refused('The token\'s "iss" and "sub" claims must both be the service account\'s id.');
  }
  return { accountId: payload.sub.toLowerCase(), keyReference: header.kid };
}

/**
 * Verifies the signature with the account's key, then the claims: `aud` is this gateway's
 * audience; `iat`, `exp` and `jti` are present; the token is not expired, not yet valid, issued in
 * the future or more than an hour ago, nor valid for more than an hour from now. Clocks may differ
 * by CLOCK_TOLERANCE_SECONDS. Replay is the caller's to check, with the returned `jti`.
 */
export async function verifyServiceAccountToken(
  token: string,
  key: JWK,
  expected: { readonly accountId: string; readonly audience: string; readonly now: Date },
): Promise<VerifiedServiceAccountToken> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [...SERVICE_ACCOUNT_JWT_ALGORITHMS] as ServiceAccountJwtAlgorithm[],
      audience: expected.audience,
      issuer: expected.accountId,
      subject: expected.accountId,
      requiredClaims: ['exp', 'jti'],
      maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: expected.now,
    }));
  } catch (error) {
    throw refused(explain(error, expected.audience));
  }
  const now = Math.floor(expected.now.getTime() / 1000);
  if (payload.exp! - now > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS) {
    throw refused(`The token's "exp" is more than ${MAX_TOKEN_LIFETIME_SECONDS / 60} minutes ahead; mint short-lived tokens.`);
  }
  if (typeof payload.jti !== 'string' || payload.jti.length === 0 || payload.jti.length > MAX_JTI_LENGTH) {
    throw refused(`The token's "jti" must be a unique string of 1 to ${MAX_JTI_LENGTH} characters (a random UUID will do).`);
  }
  return { jti: payload.jti, expiresAt: new Date(payload.exp! * 1000) };
}

function explain(error: unknown, audience: string): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat' ? 'The token was issued more than an hour ago; mint a new one.' : 'The token has expired; mint a new one.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `The token lacks the "${error.claim}" claim.`;
    switch (error.claim) {
      case 'aud':
        return `The token's audience is not this gateway's: "aud" must be "${audience}".`;
      case 'nbf':
        return 'The token is not valid yet ("nbf" lies in the future).';
      case 'iat':
        return 'The token claims to be issued in the future ("iat"); check the signer\'s clock.';
      default:
        return `The token's "${error.claim}" claim is not acceptable.`;
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `Service-account tokens must be signed with one of ${ALGORITHM_LIST}.`;
  return 'The token\'s signature does not verify with the key its "kid" names.';
}

function refused(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message);
}
