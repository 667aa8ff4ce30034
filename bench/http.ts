/**
 * The gateway over HTTP, on SQLite and on PostgreSQL.
 *
 * For each database: seeds a throwaway database with 10,000 principals, 1,000 projects, 3,000
 * environments and 100,000 grants (`rolegate seed`'s use case), starts the gateway in this
 * process, and loads it from a separate autocannon process on loopback at 32 connections with
 * `effectivePermissions` for a principal at an environment, a batch `checks` of 50, and a
 * project's members with each one's effective permissions (a dashboard), each against
 * `{ __typename }` on the same server in interleaved rounds. Every response is checked for errors.
 * Ends with `RESULT http ratio=<effectivePermissions/baseline> p99_ms=<effectivePermissions p99>
 * dashboard_ratio=<dashboard/baseline>`, each the worse of the two databases.
 */
import { cpus } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { bootstrap } from '../src/app.js';
import type { Dialect } from '../src/persistence/orm-options.js';
import type { SeedOptions } from '../src/persistence/seed/seed-options.js';
import { createLogger } from '../src/server/logger.js';
import { benchmarkNamed } from './benchmarks.js';
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
    const load = async (operation: Operation, seconds: number): Promise<Round> => {
      const cpu = process.cpuUsage();
      const result = await generateLoad({ url: gateway.url, token: seeded.token, bodies: operation.bodies, connections: CONNECTIONS, seconds });
      // Autocannon stops at the deadline with requests in flight; let the server finish them
      // before the next operation's run, which they would otherwise slow down.
      await setTimeout(Math.max(SETTLE_MS, result.p99Ms));
      const used = process.cpuUsage(cpu);
      return { ...result, requestsPerCpuSecond: result.completed / ((used.user + used.system) / 1e6) };
    };
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
  const metrics: Record<string, number> = {
    ratio: roundSensibly(worst((d) => named(d, 1).ratio, Math.min)),
    p99_ms: worst((d) => named(d, 1).p99Ms, Math.max),
    dashboard_ratio: roundSensibly(worst((d) => named(d, 3).ratio, Math.min)),
  };
  console.log('\nthe worse of the two databases:');
  for (const target of benchmarkNamed('http').targets) console.log(`target ${describeVerdict(target, metrics[target.metric]!)}`);
  console.log(resultLine('http', metrics));
}

await main();
