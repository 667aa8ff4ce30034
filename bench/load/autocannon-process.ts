/**
 * The load generator's own process: `node --import bench/register.js autocannon-process.ts <spec.json>`.
 * Runs autocannon against the gateway on loopback, sending the spec's bodies in turn (each body
 * once when `amount` does not exceed their number), and prints one JSON `LoadResult` on stdout.
 * Every response body is checked for GraphQL errors: a request answered with an error must not
 * count as served.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type { LoadResult, LoadSpec } from './load-generator.js';

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadSpec;
let next = 0;
let graphqlErrors = 0;
let firstError: string | undefined;

const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  pipelining: 1,
  // A slow answer is still an answer: time it rather than abandoning it after autocannon's default 10 s.
  timeout: 60,
  ...(spec.amount === undefined ? { duration: spec.seconds } : { amount: spec.amount }),
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` },
  requests: [
    {
      setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }),
      onResponse: (_status, body) => {
        if (!body.includes('"errors"')) return;
        graphqlErrors += 1;
        firstError ??= body.slice(0, 500);
      },
    },
  ],
});

const completed = result['2xx'] + result.non2xx;
const loadResult: LoadResult = {
  completed,
  seconds: result.duration,
  requestsPerSecond: completed / result.duration,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  connectionErrors: result.errors,
  graphqlErrors,
  ...(firstError === undefined ? {} : { firstError }),
};
process.stdout.write(JSON.stringify(loadResult));
