import { createHash, randomBytes } from 'node:crypto';

/**
 * Personal API tokens: `rgp_` followed by 32 random bytes in base64url. The prefix makes leaked
 * tokens recognisable to secret scanners. Only the SHA-256 of the whole token is stored: the
 * token carries 256 bits of entropy, so a fast hash is safe here (unlike passwords), and lookup by
 * hash needs no timing-sensitive comparison.
 */
export const API_TOKEN_PREFIX = 'rgp_';

const TOKEN_SHAPE = /^rgp_[A-Za-z0-9_-]{43}$/;

export interface GeneratedApiToken {
  /** Shown to the owner once, never stored. */
  readonly token: string;
  readonly hash: string;
  /** The first characters, stored so that owners can tell their tokens apart. */
  readonly displayPrefix: string;
}

export function generateApiToken(): GeneratedApiToken {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token), displayPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isApiTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
