/**
 * The gateway over HTTP, on SQLite and on PostgreSQL.
 *
 * For each database: seeds a throwaway database with 10,000 principals, 1,000 projects, 3,000
 * environments and 100,000 grants (`rolegate seed`'s use case), starts the gateway in this
 * process, and loads it from a separate autocannon process on loopback at 32 connections with
 * `effectivePermissions` for a principal at an environment, a batch `checks` of 50, and a
 * project's members with each one's effective permissions (a dashboard), each against
 * `{ __typename }` on the same server in interleaved rounds. Every response is checked for errors.
 * Then the floor: a bare HTTP server spending, per request, the CPU that `effectivePermissions`
 * took on the database with the worse p99, under the same load (`http/fixed-cost-server.ts`).
 * Ends with `RESULT http ratio=<effectivePermissions/baseline> p99_ms=<effectivePermissions p99>
 * dashboard_ratio=<dashboard/baseline> floor_p99_ms=<the floor's p99>`, the first three each
 * the worse of the two databases.
 */
import { cpus } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { bootstrap } from '../src/app.js';
import type { Dialect } from '../src/persistence/orm-options.js';
import type { SeedOptions } from '../src/persistence/seed/seed-options.js';
import { createLogger } from '../src/server/logger.js';
import { benchmarkNamed } from './benchmarks.js';
import { startFixedCostServer } from './http/fixed-cost-server.js';
import { requestBodies, TYPENAME_BODY } from './http/requests.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage } from './lib/measure.js';
import { seedThrowawayDatabase } from './lib/seeded-database.js';
import { median } from './lib/stats.js';
import { describeVerdict } from './lib/targets.js';
import { BENCH_DIALECTS } from './lib/throwaway-database.js';
import { generateLoad, type LoadResult } from './load/load-generator.js';

const SEED = 20_261_122;
const ORGANIZATION: SeedOptions = { principals: 10_000, projects: 1_000, environments: 3_000, grants: 100_000, seed: SEED, organizationName: 'bench http' };
const CONNECTIONS = 32;
const WARMUP_SECONDS = 3;
const ROUNDS = 3;
const ROUND_SECONDS = 5;
const SETTLE_MS = 1_000;
/** Distinct request bodies per operation, sent in turn. */
const BODIES = 2_000;

interface Operation {
  readonly name: string;
  readonly bodies: readonly string[];
}

/** One run of an operation, and the gateway's CPU for it (this process: the load comes from another). */
interface Round extends LoadResult {
  readonly requestsPerCpuSecond: number;
}

interface OperationSummary {
  readonly name: string;
  readonly requestsPerSecond: number;
  /** Requests per second of the gateway's CPU: what the machine's other load barely moves. */
  readonly requestsPerCpuSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Median over rounds of this round's throughput over the baseline's in the same round. */
  readonly ratio: number;
  readonly ratios: readonly number[];
}

/** One run of load against `url`; the CPU is this process's, where the server runs. */
async function loadRound(url: string, token: string, bodies: readonly string[], seconds: number): Promise<Round> {
  const cpu = process.cpuUsage();
  const result = await generateLoad({ url, token, bodies, connections: CONNECTIONS, seconds });
  // Autocannon stops at the deadline with requests in flight; let the server finish them
  // before the next run, which they would otherwise slow down.
  await setTimeout(Math.max(SETTLE_MS, result.p99Ms));
  const used = process.cpuUsage(cpu);
  return { ...result, requestsPerCpuSecond: result.completed / ((used.user + used.system) / 1e6) };
}

function summarise(operations: readonly Operation[], rounds: readonly (readonly Round[])[]): OperationSummary[] {
  const baseline = rounds[0]!;
  return operations.map((operation, i) => {
    const own = rounds[i]!;
    const ratios = own.map((r, round) => r.requestsPerSecond / baseline[round]!.requestsPerSecond);
    return {
      name: operation.name,
      requestsPerSecond: median(own.map((r) => r.requestsPerSecond)),
      requestsPerCpuSecond: median(own.map((r) => r.requestsPerCpuSecond)),
      p50Ms: median(own.map((r) => r.p50Ms)),
      p99Ms: median(own.map((r) => r.p99Ms)),
      ratio: median(ratios),
      ratios,
    };
  });
}

async function measure(dialect: Dialect): Promise<OperationSummary[]> {
  const { database, dataset, seeded } = await seedThrowawayDatabase(dialect, ORGANIZATION);
  collectGarbage();
  const gateway = await bootstrap(database.config, { logger: createLogger('error') });
  try {
    const bodies = requestBodies(dataset, BODIES, SEED);
    const operations: Operation[] = [
      { name: '{ __typename } (baseline)', bodies: [TYPENAME_BODY] },
      { name: 'effectivePermissions', bodies: bodies.effectivePermissions },
      { name: 'checks (batch of 50)', bodies: bodies.checks },
      { name: 'project members + effectivePermissions', bodies: bodies.dashboard },
    ];
    const load = (operation: Operation, seconds: number): Promise<Round> => loadRound(gateway.url, seeded.token, operation.bodies, seconds);
    for (const operation of operations) await load(operation, WARMUP_SECONDS);
    const rounds: Round[][] = operations.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, operation] of operations.entries()) rounds[i]!.push(await load(operation, ROUND_SECONDS));
    }
    return summarise(operations, rounds);
  } finally {
    await gateway.close();
    await database.drop();
  }
}

interface FloorSummary {
  /** The CPU per request the fixed-cost server was set to, in µs: that of the effectivePermissions it stands for. */
  readonly matchedMicros: number;
  /** What the bare server spends per request before any added cost, in µs. */
  readonly ownMicros: number;
  readonly requestsPerSecond: number;
  readonly requestsPerCpuSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * The fixed-cost server (`http/fixed-cost-server.ts`) at the CPU per request of an operation
 * measured above: the same throughput, with none of the gateway's own variance. Its p99 is the
 * floor the gateway's sits on at that throughput on this machine.
 */
async function measureFloor(requestsPerCpuSecond: number): Promise<FloorSummary> {
  const matchedMicros = 1e6 / requestsPerCpuSecond;
  const bare = await startFixedCostServer(0);
  let ownMicros: number;
  try {
    await loadRound(bare.url, 'floor', [TYPENAME_BODY], WARMUP_SECONDS);
    ownMicros = 1e6 / (await loadRound(bare.url, 'floor', [TYPENAME_BODY], ROUND_SECONDS)).requestsPerCpuSecond;
  } finally {
    await bare.close();
  }
  const matched = await startFixedCostServer(Math.max(0, matchedMicros - ownMicros));
  try {
    await loadRound(matched.url, 'floor', [TYPENAME_BODY], WARMUP_SECONDS);
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await loadRound(matched.url, 'floor', [TYPENAME_BODY], ROUND_SECONDS));
    return {
      matchedMicros,
      ownMicros,
      requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
      requestsPerCpuSecond: median(rounds.map((r) => r.requestsPerCpuSecond)),
      p50Ms: median(rounds.map((r) => r.p50Ms)),
      p99Ms: median(rounds.map((r) => r.p99Ms)),
    };
  } finally {
    await matched.close();
  }
}

function printFloor(dialect: Dialect, floor: FloorSummary): void {
  console.log(
    `\nfloor: a bare node:http server spending ${Math.round(floor.matchedMicros)} µs of CPU per request, as effectivePermissions did on ${dialect} ` +
      `(${Math.round(floor.ownMicros)} µs of it the bare server's own); medians of ${ROUNDS} rounds of ${ROUND_SECONDS} s at ${CONNECTIONS} connections`,
  );
  const row = [`${Math.round(floor.requestsPerSecond)}`, `${Math.round(floor.requestsPerCpuSecond)}`, `${floor.p50Ms}`, `${floor.p99Ms}`];
  console.log(formatTable(['req/s', 'req/CPU-s', 'p50 ms', 'p99 ms'], [row]));
}

function printSummaries(dialect: Dialect, summaries: readonly OperationSummary[]): void {
  console.log(`\n${dialect}: medians of ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s at ${CONNECTIONS} connections`);
  const rows = summaries.map((s) => [
    s.name,
    `${Math.round(s.requestsPerSecond)}`,
    `${Math.round(s.requestsPerCpuSecond)}`,
    `${s.p50Ms}`,
    `${s.p99Ms}`,
    `${roundSensibly(s.ratio)}`,
    s.ratios.map((r) => roundSensibly(r)).join(' '),
  ]);
  console.log(formatTable(['operation', 'req/s', 'req/CPU-s', 'p50 ms', 'p99 ms', 'ratio', 'ratio by round'], rows));
}

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? ''}`);
  const results = new Map<Dialect, OperationSummary[]>();
  for (const dialect of BENCH_DIALECTS) {
    const summaries = await measure(dialect);
    printSummaries(dialect, summaries);
    results.set(dialect, summaries);
  }
  const named = (dialect: Dialect, i: number): OperationSummary => results.get(dialect)![i]!;
  const worst = (pick: (dialect: Dialect) => number, worse: (a: number, b: number) => number): number => BENCH_DIALECTS.map(pick).reduce((a, b) => worse(a, b));
  const p99Dialect = BENCH_DIALECTS.reduce((a, b) => (named(b, 1).p99Ms > named(a, 1).p99Ms ? b : a));
  const floor = await measureFloor(named(p99Dialect, 1).requestsPerCpuSecond);
  printFloor(p99Dialect, floor);
  const metrics: Record<string, number> = {
    ratio: roundSensibly(worst((d) => named(d, 1).ratio, Math.min)),
    p99_ms: named(p99Dialect, 1).p99Ms,
    dashboard_ratio: roundSensibly(worst((d) => named(d, 3).ratio, Math.min)),
    floor_p99_ms: floor.p99Ms,
  };
  console.log('\nthe worse of the two databases:');
  for (const target of benchmarkNamed('http').targets) console.log(`target ${describeVerdict(target, metrics[target.metric]!)}`);
  console.log(resultLine('http', metrics));
}

await main();
