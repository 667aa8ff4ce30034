/**
 * The live feed's fan-out: one role change that every subscriber may see, delivered to 1,000,
 * 5,000 and 10,000 subscribers on one gateway (SQLite, as started with no set-up).
 *
 * The gateway runs in this process; the subscribers (one WebSocket, one principal and one token
 * each, every one an Org Member and Project Contributor) run in a child process (`fanout/
 * subscribers.ts`), so their sockets weigh on neither the gateway's heap nor its event loop. For
 * each size it measures the memory the gateway holds per idle subscriber (heap used + external,
 * after a full collection, against the gateway before any subscriber), then times ROUNDS role
 * changes from the mutation's start to each subscriber's receipt of the event (one clock:
 * process.hrtime is system-wide), reporting the medians across rounds of p50 and p99.
 * The baseline, measured in the same run with a fresh subscriber process: the same number of
 * clients on a bare `ws` server that writes one prebuilt frame to each (`fanout/socket-floor.ts`),
 * the floor any gateway's delivery sits on here.
 * Ends with `RESULT fanout subscribers=<n> p99_ms=<n> kb_per_subscriber=<n> floor_p99_ms=<n>` for
 * the largest size.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, type Gateway } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/server/logger.js';
import { benchmarkNamed } from './benchmarks.js';
import { seedFanoutOrganization, type FanoutOrganization } from './fanout/seed.js';
import { startSocketFloor } from './fanout/socket-floor.js';
import type { ChildMessage, ParentMessage } from './fanout/subscribers.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage } from './lib/measure.js';
import { median, quantile } from './lib/stats.js';
import { describeVerdict } from './lib/targets.js';

const SIZES = [1_000, 5_000, 10_000];
const ROUNDS = 7;
const PAUSE_BETWEEN_ROUNDS_MS = 300;

const QUERY = `subscription ($organizationId: ID!, $afterRevision: Int) {
  accessChanged(organizationId: $organizationId, afterRevision: $afterRevision) {
    revision sequence kind actorId principalId scopeLevel scopeId projectId environmentId oldRole newRole cascade changeId occurredAt
  }
}`;

const CHANGE_ROLE = `mutation ($principalId: ID!, $projectId: ID!, $role: Role!) {
  assignRole(principalId: $principalId, scope: { level: PROJECT, id: $projectId }, role: $role) { revision }
}`;

interface SizeResult extends Latencies {
  readonly subscribers: number;
  readonly setupS: number;
  readonly kbPerSubscriber: number;
  readonly rssKbPerSubscriber: number;
}

const REGISTER = fileURLToPath(new URL('./register.js', import.meta.url));

/** The subscriber process, with typed messages and one pending answer at a time. */
class Subscribers {
  private readonly child: ChildProcess;
  private pending: ((message: ChildMessage) => void) | undefined;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./fanout/subscribers.ts', import.meta.url)), [], { execArgv: ['--import', REGISTER], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: ChildMessage) => {
      if (message.type === 'failed') throw new Error(`a subscriber failed: ${message.reason}`);
      const pending = this.pending;
      this.pending = undefined;
      pending?.(message);
    });
  }

  ask<T extends ChildMessage['type']>(message: ParentMessage, answer: T): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.pending = (reply) => (reply.type === answer ? resolve(reply as Extract<ChildMessage, { type: T }>) : reject(new Error(`expected ${answer}, got ${reply.type}`)));
      this.child.send(message);
    });
  }

  close(): void {
    if (this.child.connected) this.child.send({ type: 'close' } satisfies ParentMessage);
  }
}

interface Latencies {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p99RangeMs: readonly [number, number];
}

/** Medians over ROUNDS rounds of each round's p50 and p99; `round` makes one change and returns its revision. */
async function timeRounds(subscribers: Subscribers, round: () => Promise<number> | number): Promise<Latencies> {
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_ROUNDS_MS));
    const startNs = process.hrtime.bigint();
    const revision = await round();
    const { latenciesMs } = await subscribers.ask({ type: 'collect', revision, startNs: startNs.toString() }, 'round');
    latenciesMs.sort((a, b) => a - b);
    p50s.push(quantile(latenciesMs, 0.5));
    p99s.push(quantile(latenciesMs, 0.99));
  }
  return { p50Ms: median(p50s), p99Ms: median(p99s), p99RangeMs: [Math.min(...p99s), Math.max(...p99s)] };
}

/** The same number of clients on a bare `ws` server writing one prebuilt frame to each. */
async function measureSocketFloor(size: number): Promise<Latencies> {
  const floor = await startSocketFloor();
  const subscribers = new Subscribers();
  try {
    await subscribers.ask({ type: 'open', wsUrl: floor.url, tokens: Array.from({ length: size }, () => 'unused'), query: QUERY, variables: {} }, 'ready');
    let revision = 1;
    return await timeRounds(subscribers, () => {
      floor.broadcast(++revision);
      return revision;
    });
  } finally {
    subscribers.close();
    await floor.close();
  }
}

/** Heap used + external after a full collection, and the resident set, in KiB. */
function memoryKiB(): { held: number; rss: number } {
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return { held: (usage.heapUsed + usage.external) / 1024, rss: usage.rss / 1024 };
}

async function graphql<T>(gateway: Gateway, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One role change every subscriber may see: the subject's project role flips. */
async function changeRole(gateway: Gateway, organization: FanoutOrganization, round: number): Promise<number> {
  const role = round % 2 === 0 ? 'PROJECT_ARCHITECT' : 'PROJECT_MEMBER';
  const data = await graphql<{ assignRole: { revision: number } }>(gateway, organization.adminToken, CHANGE_ROLE, { principalId: organization.subjectId, projectId: organization.projectId, role });
  return data.assignRole.revision;
}

async function measureSize(gateway: Gateway, organization: FanoutOrganization, subscribers: Subscribers, open: number, size: number, baseline: { held: number; rss: number }, round: { next: number }): Promise<SizeResult> {
  const started = process.hrtime.bigint();
  const ready = await subscribers.ask(
    {
      type: 'open',
      wsUrl: gateway.url.replace(/^http/, 'ws'),
      tokens: organization.subscriberTokens.slice(open, size),
      query: QUERY,
      variables: { organizationId: organization.organizationId, afterRevision: 0 },
    },
    'ready',
  );
  const setupS = Number(process.hrtime.bigint() - started) / 1e9;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const idle = memoryKiB();
  const latencies = await timeRounds(subscribers, () => changeRole(gateway, organization, round.next++));
  return {
    subscribers: ready.open,
    setupS,
    kbPerSubscriber: (idle.held - baseline.held) / ready.open,
    rssKbPerSubscriber: (idle.rss - baseline.rss) / ready.open,
    ...latencies,
  };
}

async function main(): Promise<void> {
  const path = join(tmpdir(), `rolegate-fanout-${process.pid}.sqlite`);
  const config = loadConfig({ ROLEGATE_DATABASE_URL: `sqlite:${path}`, ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'warn' });
  const gateway = await bootstrap(config, { logger: createLogger('warn') });
  const subscribers = new Subscribers();
  try {
    let started = process.hrtime.bigint();
    const organization = await seedFanoutOrganization(gateway.db, Math.max(...SIZES));
    // A first change for every subscriber to replay: receiving it means its subscription is live.
    const round = { next: 0 };
    await changeRole(gateway, organization, round.next++);
    console.log(`seeded ${Math.max(...SIZES)} subscriber principals with tokens in ${roundSensibly(Number(process.hrtime.bigint() - started) / 1e9)} s`);
    const baseline = memoryKiB();
    const results: SizeResult[] = [];
    let open = 0;
    for (const size of SIZES) {
      started = process.hrtime.bigint();
      const result = await measureSize(gateway, organization, subscribers, open, size, baseline, round);
      open = size;
      results.push(result);
      console.log(
        `${size} subscribers: connected and live in ${roundSensibly(result.setupS)} s; p50 ${roundSensibly(result.p50Ms)} ms, p99 ${roundSensibly(result.p99Ms)} ms ` +
          `(p99 over ${ROUNDS} rounds ${roundSensibly(result.p99RangeMs[0])}–${roundSensibly(result.p99RangeMs[1])} ms); ${roundSensibly(result.kbPerSubscriber)} KiB per idle subscriber`,
      );
    }
    console.log(`\nmedians across ${ROUNDS} role changes, from the mutation's start to each subscriber's receipt`);
    console.log(
      formatTable(
        ['subscribers', 'p50 ms', 'p99 ms', 'KiB/subscriber (heap+external)', 'KiB/subscriber (rss)'],
        results.map((r) => [`${r.subscribers}`, `${roundSensibly(r.p50Ms)}`, `${roundSensibly(r.p99Ms)}`, `${roundSensibly(r.kbPerSubscriber)}`, `${roundSensibly(r.rssKbPerSubscriber)}`]),
      ),
    );
    const largest = results.at(-1)!;
    // The gateway's subscribers leave first: the floor's own clients then have the machine to themselves.
    subscribers.close();
    const floor = await measureSocketFloor(largest.subscribers);
    console.log(
      `\nbaseline: a bare ws server writing one prebuilt frame to each of ${largest.subscribers} clients: p50 ${roundSensibly(floor.p50Ms)} ms, p99 ${roundSensibly(floor.p99Ms)} ms ` +
        `(over ${ROUNDS} rounds ${roundSensibly(floor.p99RangeMs[0])}–${roundSensibly(floor.p99RangeMs[1])} ms); the gateway's p99 is ${roundSensibly(largest.p99Ms / floor.p99Ms)}x it`,
    );
    const metrics = {
      subscribers: largest.subscribers,
      p99_ms: roundSensibly(largest.p99Ms),
      kb_per_subscriber: roundSensibly(largest.kbPerSubscriber),
      floor_p99_ms: roundSensibly(floor.p99Ms),
    };
    console.log(`\ntargets at ${largest.subscribers} subscribers:`);
    for (const target of benchmarkNamed('fanout').targets) console.log(`  ${describeVerdict(target, metrics[target.metric as keyof typeof metrics])}`);
    console.log(resultLine('fanout', metrics));
  } finally {
    subscribers.close();
    await gateway.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

await main();
