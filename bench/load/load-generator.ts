import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the load generator sends: POST bodies to one GraphQL URL, for a time or a number of requests. */
export interface LoadSpec {
  readonly url: string;
  readonly token: string;
  /** Sent in turn, one per request, wrapping around when there are fewer bodies than requests. */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds?: number;
  /** Stop after this many requests instead of after `seconds`. */
  readonly amount?: number;
}

export interface LoadResult {
  readonly completed: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Autocannon's latency percentiles, whole milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly connectionErrors: number;
  /** Responses whose body held GraphQL errors. */
  readonly graphqlErrors: number;
  readonly firstError?: string;
}

const CHILD = fileURLToPath(new URL('./autocannon-process.ts', import.meta.url));
const REGISTER = fileURLToPath(new URL('../register.js', import.meta.url));

/**
 * Runs autocannon in a separate Node process, so the load generator never competes with the
 * gateway for the same event loop, and fails when any request was refused or answered with an
 * error: a benchmark must not time failures.
 */
export async function generateLoad(spec: LoadSpec): Promise<LoadResult> {
  const directory = mkdtempSync(join(tmpdir(), 'rolegate-load-'));
  const specFile = join(directory, 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  try {
    const output = await runChild(specFile);
    const result = JSON.parse(output) as LoadResult;
    if (result.non2xx + result.connectionErrors + result.graphqlErrors > 0) {
      throw new Error(
        `Load against ${spec.url} had ${result.non2xx} non-2xx responses, ${result.connectionErrors} connection errors and ` +
          `${result.graphqlErrors} GraphQL errors; the first: ${result.firstError ?? '(none recorded)'}`,
      );
    }
    return result;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function runChild(specFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REGISTER, CHILD, specFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`The load generator exited with ${code}.`))));
  });
}
