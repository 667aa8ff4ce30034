import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { InvalidInputError } from '../domain/errors.js';
import { MAX_TOKEN_LIFETIME_SECONDS } from '../domain/service-account-keys.js';
import { acceptPublicKey } from './public-key.js';

export interface ServiceAccountTokenRequest {
  readonly accountId: string;
  /** The account's private key (RSA of at least 2048 bits, or Ed25519). */
  readonly privateKey: KeyObject;
  /** The `kid` header; default: the key's fingerprint, which the gateway knows the key by. */
  readonly keyId?: string;
  readonly audience: string;
  readonly ttlSeconds: number;
  readonly now?: Date;
}

/**
 * Signs the token a service account authenticates with: `iss` and `sub` its id, `aud` the
 * gateway's audience, `iat`, `exp` at most an hour ahead and a random `jti`, so each token is
 * accepted once. RS256 for RSA keys, EdDSA for Ed25519 keys.
 */
export async function mintServiceAccountToken(request: ServiceAccountTokenRequest): Promise<string> {
  if (!Number.isInteger(request.ttlSeconds) || request.ttlSeconds < 1 || request.ttlSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new InvalidInputError(`The token lifetime must be 1 to ${MAX_TOKEN_LIFETIME_SECONDS} seconds; got ${request.ttlSeconds}.`, { field: 'ttl' });
  }
  const publicKey = await acceptPublicKey(JSON.stringify(createPublicKey(request.privateKey).export({ format: 'jwk' })));
  const issuedAt = Math.floor((request.now ?? new Date()).getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: publicKey.keyType === 'RSA' ? 'RS256' : 'EdDSA', kid: request.keyId ?? publicKey.fingerprint, typ: 'JWT' })
    .setIssuer(request.accountId)
    .setSubject(request.accountId)
    .setAudience(request.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + request.ttlSeconds)
    .setJti(randomUUID())
    .sign(request.privateKey);
}
