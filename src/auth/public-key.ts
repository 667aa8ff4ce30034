import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { InvalidInputError } from '../domain/errors.js';
import { MIN_RSA_KEY_BITS, type ServiceAccountKeyType } from '../domain/service-account-keys.js';

/** A public key accepted for a service account, in the form it is stored and shown. */
export interface AcceptedPublicKey {
  readonly keyType: ServiceAccountKeyType;
  readonly bits: number;
  /** Only the public members (`kty`, `n`, `e` or `crv`, `x`): what verification imports. */
  readonly jwk: JWK;
  /** RFC 7638 JWK thumbprint, SHA-256, base64url (43 characters): the same whichever form the key came in. */
  readonly fingerprint: string;
}

/** Far beyond any PEM or JWK of an accepted key (an RSA-16384 PEM is under 3 kB). */
const MAX_INPUT_LENGTH = 16_384;

const FIELD = 'publicKey';
const ACCEPTED = `Send an RSA (at least ${MIN_RSA_KEY_BITS} bits) or Ed25519 public key, as PEM ("-----BEGIN PUBLIC KEY-----") or as a JWK (JSON).`;

/**
 * Reads a public key given as PEM (SPKI, PKCS#1 or an X.509 certificate) or as a JWK, and accepts
 * it only if it is RSA of at least 2048 bits or Ed25519. A private key is refused outright: it
 * would be taken for its public half, and its owner must learn that it has been exposed.
 */
export async function acceptPublicKey(input: string): Promise<AcceptedPublicKey> {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_INPUT_LENGTH) throw invalid(`The public key is empty or too long. ${ACCEPTED}`);
  const key = text.startsWith('{') ? fromJwk(text) : fromPem(text);
  const { keyType, bits } = describe(key);
  const exported = key.export({ format: 'jwk' });
  const jwk: JWK = keyType === 'RSA' ? { kty: 'RSA', n: exported.n, e: exported.e } : { kty: 'OKP', crv: 'Ed25519', x: exported.x };
  return { keyType, bits, jwk, fingerprint: await calculateJwkThumbprint(jwk, 'sha256') };
}

/** A stored public JWK as SPKI PEM, the form `openssl` and most tools read. */
export function publicKeyPem(jwk: JWK): string {
  return createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
}

function fromPem(pem: string): KeyObject {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) throw privateKeyRefused();
  if (!pem.startsWith('-----BEGIN ')) throw invalid(`The public key is neither PEM nor a JWK. ${ACCEPTED}`);
  try {
    return createPublicKey(pem);
  } catch {
    throw invalid(`The PEM could not be read as a public key. ${ACCEPTED}`);
  }
}

function fromJwk(text: string): KeyObject {
  let jwk: JsonWebKey;
  try {
    jwk = JSON.parse(text) as JsonWebKey;
  } catch {
    throw invalid(`The JWK is not valid JSON. ${ACCEPTED}`);
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw invalid(`The JWK must be a JSON object. ${ACCEPTED}`);
  if ('d' in jwk) throw privateKeyRefused();
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    throw invalid(`The JWK could not be read as a public key. ${ACCEPTED}`);
  }
}

function describe(key: KeyObject): { keyType: ServiceAccountKeyType; bits: number } {
  switch (key.asymmetricKeyType) {
    case 'rsa': {
      const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      if (bits < MIN_RSA_KEY_BITS) throw invalid(`This RSA key has ${bits} bits; at least ${MIN_RSA_KEY_BITS} are required.`);
      return { keyType: 'RSA', bits };
    }
    case 'ed25519':
      return { keyType: 'ED25519', bits: 256 };
    default:
      throw invalid(`Keys of type ${key.asymmetricKeyType ?? 'unknown'} are not accepted. ${ACCEPTED}`);
  }
}

function privateKeyRefused(): InvalidInputError {
  return invalid('This is a private key: send only the public key. The private key has left its owner; consider it exposed and generate a new pair.');
}

function invalid(message: string): InvalidInputError {
  return new InvalidInputError(message, { field: FIELD });
}
