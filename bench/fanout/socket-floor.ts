/**
 * The fan-out benchmark's baseline: what ten thousand WebSocket writes cost on this machine with
 * nothing else to do. A bare `ws` server that answers graphql-transport-ws just enough for the
 * subscriber process (an ack, then one `next` per subscription, which marks it live) and, for each
 * round, writes one prebuilt `next` frame of the benchmark's shape to every socket in a loop: no
 * database, no authorization, no GraphQL. No gateway can deliver faster than this floor; the
 * gateway's p99 over it is what Rolegate itself adds.
 */
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/** An access event as the benchmark's subscription selects it, with ids of the real length. */
function eventFrame(id: string, revision: number): string {
  const uuid = '0190a0a0-aaaa-7bbb-8ccc-123456789012';
  const accessChanged = {
    revision,
    sequence: 1,
    kind: 'ROLE_ASSIGNED',
    actorId: uuid,
    principalId: uuid,
    scopeLevel: 'PROJECT',
    scopeId: uuid,
    projectId: uuid,
    environmentId: null,
    oldRole: 'PROJECT_MEMBER',
    newRole: 'PROJECT_ARCHITECT',
    cascade: false,
    changeId: uuid,
    occurredAt: new Date().toISOString(),
  };
  return JSON.stringify({ id, type: 'next', payload: { data: { accessChanged } } });
}

export interface SocketFloor {
  /** ws://… for the subscriber process. */
  readonly url: string;
  /** Writes the event of `revision` to every subscribed socket, synchronously. */
  broadcast(revision: number): void;
  close(): Promise<void>;
}

export async function startSocketFloor(): Promise<SocketFloor> {
  const server: Server = createServer();
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const subscribed: { socket: WebSocket; id: string }[] = [];
  sockets.on('connection', (socket) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string };
      if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
      else if (message.type === 'subscribe' && message.id !== undefined) {
        subscribed.push({ socket, id: message.id });
        socket.send(eventFrame(message.id, 1));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    broadcast: (revision) => {
      const byId = new Map<string, string>();
      for (const { socket, id } of subscribed) {
        let frame = byId.get(id);
        if (frame === undefined) {
          frame = eventFrame(id, revision);
          byId.set(id, frame);
        }
        socket.send(frame);
      }
    },
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
