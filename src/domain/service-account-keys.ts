/**
 * The rules of service-account key pairs, shared by key registration, token verification and the
 * `sa-token` helper.
 */

/** Two, so a key can be rotated with no downtime: register the new one, switch, remove the old one. */
export const MAX_KEYS_PER_SERVICE_ACCOUNT = 2;

export type ServiceAccountKeyType = 'RSA' | 'ED25519';

export const SERVICE_ACCOUNT_KEY_TYPES: readonly ServiceAccountKeyType[] = ['RSA', 'ED25519'];

export const MIN_RSA_KEY_BITS = 2048;

/**
 * The JWS algorithms a service-account token may be signed with: asymmetric signatures over the
 * accepted key types only. `none` and the HMAC family (a shared secret) are never accepted.
 */
export const SERVICE_ACCOUNT_JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'Ed25519'] as const;

export type ServiceAccountJwtAlgorithm = (typeof SERVICE_ACCOUNT_JWT_ALGORITHMS)[number];

/** A token may be valid for at most this long: short-lived tokens make a stolen one worth little. */
export const MAX_TOKEN_LIFETIME_SECONDS = 3600;

/** Tolerated clock difference between the signer and the gateway. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** Longest accepted `jti`; a UUID needs 36. */
export const MAX_JTI_LENGTH = 200;
