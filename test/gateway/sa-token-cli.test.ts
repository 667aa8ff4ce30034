import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerDocument } from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { onlyError, startTestGateway, type TestGateway } from '../support/gateway.js';
import { createServiceAccount, ed25519KeyPair, registerKey, rsaKeyPair } from '../support/service-accounts.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `rolegate` CLI (src/main.ts, compiled on the fly) in a child process. */
function rolegate(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', join(ROOT, 'bench/register.js'), join(ROOT, 'src/main.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe(`rolegate sa-token (${TEST_DIALECT})`, () => {
  let t: TestGateway;
  let directory: string;
  const runs: Record<'rsa' | 'ed25519' | 'otherAudience' | 'tooLong' | 'noKey', CliRun> = {} as never;
  let rsaAccount: string;
  let edAccount: string;
  let edKeyId: string;
  let rsaThumbprint: string;

  beforeAll(async () => {
    t = await startTestGateway();
    directory = mkdtempSync(join(tmpdir(), 'rolegate-sa-token-'));
    const rsa = await rsaKeyPair();
    const ed = await ed25519KeyPair();
    rsaThumbprint = rsa.thumbprint;
    rsaAccount = await createServiceAccount(t, 'cli-rsa');
    edAccount = await createServiceAccount(t, 'cli-ed25519');
    await registerKey(t, rsaAccount, rsa);
    edKeyId = await registerKey(t, edAccount, ed);
    const rsaFile = join(directory, 'rsa.pem');
    const edFile = join(directory, 'ed25519.pem');
    writeFileSync(rsaFile, rsa.privatePem, { mode: 0o600 });
    writeFileSync(edFile, ed.privatePem, { mode: 0o600 });

    [runs.rsa, runs.ed25519, runs.otherAudience, runs.tooLong, runs.noKey] = await Promise.all([
      rolegate(['sa-token', '--account', rsaAccount, '--key', rsaFile]),
      rolegate(['sa-token', '--account', edAccount, '--key', edFile, '--key-id', edKeyId, '--ttl', '60']),
      rolegate(['sa-token', '--account', edAccount, '--key', edFile, '--audience', 'https://elsewhere.example']),
      rolegate(['sa-token', '--account', edAccount, '--key', edFile, '--ttl', '7200']),
      rolegate(['sa-token', '--account', edAccount]),
    ]);
  }, 60_000);
  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    await t?.close();
  });

  it('prints a one-line RS256 token, named by fingerprint and valid five minutes, that the gateway accepts', async () => {
    expect(runs.rsa).toMatchObject({ code: 0, stderr: '' });
    const token = runs.rsa.stdout.trim();
    expect(runs.rsa.stdout).toBe(`${token}\n`);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: rsaThumbprint });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: rsaAccount, sub: rsaAccount, aud: 'rolegate', jti: expect.any(String) });
    expect(claims.exp! - claims.iat!).toBe(300);
    expect((await t.ok(ViewerDocument, {}, token)).viewer.principal).toMatchObject({ id: rsaAccount, kind: 'SERVICE_ACCOUNT' });
  });

  it('signs with Ed25519 under the key id and lifetime asked for', async () => {
    expect(runs.ed25519.code).toBe(0);
    const token = runs.ed25519.stdout.trim();
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'EdDSA', kid: edKeyId });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(60);
    expect((await t.ok(ViewerDocument, {}, token)).viewer.principalId).toBe(edAccount);
  });

  it("uses the audience asked for, which another gateway's token does not pass here", async () => {
    expect(runs.otherAudience.code).toBe(0);
    const response = await t.request(ViewerDocument, {}, runs.otherAudience.stdout.trim());
    expect(response.status).toBe(401);
    expect(onlyError(response)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/audience/) });
  });

  it('refuses a lifetime over an hour, and a missing key, printing no token', () => {
    expect(runs.tooLong).toMatchObject({ code: 1, stdout: '' });
    expect(runs.tooLong.stderr).toMatch(/lifetime must be 1 to 3600 seconds/);
    expect(runs.noKey).toMatchObject({ code: 1, stdout: '' });
    expect(runs.noKey.stderr).toMatch(/sa-token needs --account and --key/);
  });
});
