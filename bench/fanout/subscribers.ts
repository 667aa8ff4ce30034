/**
 * The fan-out benchmark's subscribers, in a process of their own so that their sockets and
 * parsing neither share the gateway's heap nor its event loop. Each is one WebSocket speaking the
 * graphql-transport-ws protocol directly (connection_init with its token, one `accessChanged`
 * subscription), and stamps every event with process.hrtime, whose clock the parent shares.
 *
 * Driven over IPC: `open` adds subscribers and answers `ready` once each has received its first
 * event; `collect` answers, once every subscriber has the event of a revision, their latencies
 * from the parent's start time; `close` ends the process.
 */
import WebSocket from 'ws';

export type ParentMessage =
  | { readonly type: 'open'; readonly wsUrl: string; readonly tokens: readonly string[]; readonly query: string; readonly variables: Record<string, unknown> }
  | { readonly type: 'collect'; readonly revision: number; readonly startNs: string }
  | { readonly type: 'close' };

export type ChildMessage =
  | { readonly type: 'ready'; readonly open: number }
  | { readonly type: 'round'; readonly revision: number; readonly latenciesMs: number[] }
  | { readonly type: 'failed'; readonly reason: string };

interface Subscriber {
  /** When each revision's event arrived (hrtime); the first is the replayed event that marks it ready. */
  readonly receipts: Map<number, bigint>;
}

const OPEN_AT_ONCE = 50;
const subscribers: Subscriber[] = [];
/** How many subscribers have each revision's event: waiting on a count, not a scan of every subscriber per message. */
const arrivals = new Map<number, number>();
/** Subscribers that have received their first event, and so are live. */
let live = 0;
let waiting: (() => void) | undefined;

function send(message: ChildMessage): void {
  process.send!(message);
}

function changed(): void {
  waiting?.();
}

function openOne(wsUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const subscriber: Subscriber = { receipts: new Map() };
  subscribers.push(subscriber);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const at = process.hrtime.bigint();
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { accessChanged?: { revision: number } } } };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        resolve();
      } else if (message.type === 'next') {
        const revision = message.payload!.data!.accessChanged!.revision;
        if (subscriber.receipts.size === 0) live += 1;
        subscriber.receipts.set(revision, at);
        arrivals.set(revision, (arrivals.get(revision) ?? 0) + 1);
        changed();
      } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      else if (message.type === 'error') send({ type: 'failed', reason: JSON.stringify(message.payload) });
    });
    socket.on('close', (code, reason) => {
      if (code !== 1000 && code !== 1001) send({ type: 'failed', reason: `socket closed ${code} ${String(reason)}` });
      reject(new Error(`closed ${code}`));
    });
    socket.on('error', reject);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise<void>((resolve) => (waiting = resolve));
}

process.on('message', async (message: ParentMessage) => {
  switch (message.type) {
    case 'open': {
      for (let i = 0; i < message.tokens.length; i += OPEN_AT_ONCE) {
        await Promise.all(message.tokens.slice(i, i + OPEN_AT_ONCE).map((token) => openOne(message.wsUrl, token, message.query, message.variables)));
      }
      await until(() => live >= subscribers.length);
      send({ type: 'ready', open: subscribers.length });
      return;
    }
    case 'collect': {
      const { revision } = message;
      await until(() => (arrivals.get(revision) ?? 0) >= subscribers.length);
      const start = BigInt(message.startNs);
      send({ type: 'round', revision, latenciesMs: subscribers.map((s) => Number(s.receipts.get(revision)! - start) / 1e6) });
      return;
    }
    case 'close':
      process.exit(0);
  }
});
