import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What it answers: a GraphQL response without errors, as the load generator requires. */
const ANSWER = JSON.stringify({ data: { __typename: 'Query' } });

export interface FixedCostServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The floor under the http benchmark's p99: a bare `node:http` server that reads each request's
 * body, spends `costMicros` of CPU in one synchronous block and answers. No GraphQL, database,
 * promises or garbage to speak of, and requests served strictly in arrival order: loaded like the
 * gateway, its latency spread is what the load generator, the kernel and the machine's other load
 * alone add at that throughput.
 */
export async function startFixedCostServer(costMicros: number): Promise<FixedCostServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on('end', () => {
      spendCpu(costMicros);
      response.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** CPU time, not wall time: a request preempted by another process still costs its full share. */
function spendCpu(micros: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= micros) return;
  }
}
