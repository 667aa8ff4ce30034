import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mintServiceAccountToken } from '../auth/service-account-token.js';
import type { Config } from '../config/config.js';
import { isId } from '../domain/ids.js';
import { UsageError } from './usage-error.js';

export const SA_TOKEN_USAGE = `sa-token --account <id> --key <private.pem> [--key-id <kid>] [--audience <aud>] [--ttl <seconds>]
                                          print a signed token for a service account (one use,
                                          default 300 s; audience default ROLEGATE_JWT_AUDIENCE)`;

/**
 * `rolegate sa-token`: signs a service-account token with a private key on this machine and prints
 * it, for tooling (`Authorization: Bearer $(rolegate sa-token …)`). Needs no database and no network.
 */
export async function saTokenCommand(config: Config, args: string[], print: (line: string) => void = console.log): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { account: { type: 'string' }, key: { type: 'string' }, 'key-id': { type: 'string' }, audience: { type: 'string' }, ttl: { type: 'string' } },
    strict: true,
  });
  if (!values.account || !values.key) throw new UsageError('sa-token needs --account and --key.');
  if (!isId(values.account)) throw new UsageError(`--account must be the service account's id (a UUID), not ${JSON.stringify(values.account)}.`);
  const ttl = values.ttl === undefined ? 300 : Number(values.ttl);
  print(
    await mintServiceAccountToken({
      accountId: values.account.toLowerCase(),
      privateKey: readPrivateKey(values.key),
      keyId: values['key-id'],
      audience: values.audience ?? config.serviceAccounts.jwtAudience,
      ttlSeconds: ttl,
    }),
  );
}

function readPrivateKey(path: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--key: cannot read ${path}.`);
  }
  try {
    return createPrivateKey(pem);
  } catch {
    throw new UsageError(`--key: ${path} is not an unencrypted private key in PEM (PKCS#8 or PKCS#1).`);
  }
}
