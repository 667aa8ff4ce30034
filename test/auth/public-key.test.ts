import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptPublicKey, publicKeyPem } from '../../src/auth/public-key.js';
import { InvalidInputError } from '../../src/domain/errors.js';
import { ed25519KeyPair, rsaKeyPair } from '../support/service-accounts.js';

describe('accepting a service-account public key', () => {
  it.each([
    ['Ed25519', ed25519KeyPair, 'ED25519', 256],
    ['RSA-2048', () => rsaKeyPair(2048), 'RSA', 2048],
    ['RSA-3072', () => rsaKeyPair(3072), 'RSA', 3072],
  ] as const)('takes %s as PEM or JWK, with the same RFC 7638 fingerprint either way', async (_name, generate, keyType, bits) => {
    const pair = await generate();
    const fromPem = await acceptPublicKey(pair.publicPem);
    const fromJwk = await acceptPublicKey(JSON.stringify(pair.publicJwk));
    expect(fromPem).toEqual(fromJwk);
    expect(fromPem).toMatchObject({ keyType, bits, fingerprint: pair.thumbprint });
    expect(createPublicKey(publicKeyPem(fromPem.jwk)).equals(pair.publicKey)).toBe(true);
  });

  it('takes an RSA key in PKCS#1 PEM too', async () => {
    const pair = await rsaKeyPair();
    const pkcs1 = pair.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    expect((await acceptPublicKey(pkcs1)).fingerprint).toBe(pair.thumbprint);
  });

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  const weakRsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
  const privateRsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  it.each([
    ['an RSA key under 2048 bits', weakRsa.export({ type: 'spki', format: 'pem' }).toString(), /1024 bits; at least 2048/],
    ['an elliptic-curve key', ec.export({ type: 'spki', format: 'pem' }).toString(), /Keys of type ec are not accepted/],
    ['a private key in PEM', privateRsa.export({ type: 'pkcs8', format: 'pem' }).toString(), /private key.*exposed/],
    ['a private key as a JWK', JSON.stringify(privateRsa.export({ format: 'jwk' })), /private key.*exposed/],
    ['a symmetric JWK', JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }), /could not be read as a public key/],
    ['text that is no key', 'ssh-ed25519 AAAAC3Nza', /neither PEM nor a JWK/],
    ['malformed JSON', '{"kty":', /not valid JSON/],
    ['a truncated PEM', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', /could not be read/],
    ['nothing', '   ', /empty/],
  ])('refuses %s with BAD_USER_INPUT, saying what is accepted', async (_case, input, message) => {
    const refusal = acceptPublicKey(input);
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refusal).rejects.toThrow(message);
  });
});
