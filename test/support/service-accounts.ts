import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, SignJWT, type JWK, type JWTPayload } from 'jose';
import { CreateServiceAccountDocument, RegisterServiceAccountKeyDocument } from '../generated/graphql.js';
import type { TestGateway } from './gateway.js';

/** The audience a test gateway expects: ROLEGATE_JWT_AUDIENCE's default. */
export const TEST_AUDIENCE = 'rolegate';

export interface TestKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly publicPem: string;
  readonly privatePem: string;
  readonly publicJwk: JWK;
  /** RFC 7638 thumbprint, computed here independently of the gateway. */
  readonly thumbprint: string;
}

export async function ed25519KeyPair(): Promise<TestKeyPair> {
  return describe(generateKeyPairSync('ed25519'));
}

export async function rsaKeyPair(modulusLength = 2048): Promise<TestKeyPair> {
  return describe(generateKeyPairSync('rsa', { modulusLength }));
}

async function describe(pair: { privateKey: KeyObject; publicKey: KeyObject }): Promise<TestKeyPair> {
  const publicJwk = pair.publicKey.export({ format: 'jwk' }) as JWK;
  return {
    ...pair,
    publicPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicJwk,
    thumbprint: await calculateJwkThumbprint(publicJwk, 'sha256'),
  };
}

export interface TokenOptions {
  /** Default: EdDSA for Ed25519 keys, RS256 for RSA keys. */
  readonly alg?: string;
  /** Default: the key's thumbprint; null leaves the header out. */
  readonly kid?: string | null;
  /** Claims to set or, with `undefined`, to leave out. Default: a valid five-minute token with a fresh jti. */
  readonly claims?: Partial<Record<keyof JWTPayload, unknown>>;
}

/** Signs a token the way a service account's tooling would, with jose and nothing of Rolegate's. */
export async function signToken(accountId: string, key: TestKeyPair, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { iss: accountId, sub: accountId, aud: TEST_AUDIENCE, iat: now, exp: now + 300, jti: randomUUID(), ...options.claims };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const alg = options.alg ?? (key.privateKey.asymmetricKeyType === 'ed25519' ? 'EdDSA' : 'RS256');
  const kid = options.kid === undefined ? key.thumbprint : options.kid;
  return new SignJWT(claims).setProtectedHeader({ alg, ...(kid === null ? {} : { kid }) }).sign(key.privateKey);
}

/** A service account of the founder's organization, made through the API by its Org Admin. */
export async function createServiceAccount(t: TestGateway, name: string, contactEmail = `${name}-svc@acme.test`): Promise<string> {
  const created = await t.ok(CreateServiceAccountDocument, { organizationId: t.founder.organizationId, name, contactEmail }, t.founder.token);
  return created.createServiceAccount.serviceAccount.id;
}

export async function registerKey(t: TestGateway, accountId: string, key: TestKeyPair): Promise<string> {
  const registered = await t.ok(RegisterServiceAccountKeyDocument, { serviceAccountId: accountId, publicKey: key.publicPem }, t.founder.token);
  return registered.registerServiceAccountKey.key.id;
}
