/**
 * The permission engine on a large organization, against Casbin answering the same questions.
 *
 * Builds a seeded organization (10,000 principals, 1,000 projects, 3,000 environments, 100,000
 * grants), loads it into MemoryGrantStore + PermissionEngine and into a Casbin enforcer, proves on
 * a sample of the timed requests that both give the same answers, then times effectivePermissions
 * at environment scopes and check for both, in interleaved rounds. Ends with
 * `RESULT engine ops_per_s=<rolegate check ops/s> p99_us=<worse p99 of the two> casbin_ratio=<check ops/s over casbin's>`.
 */
import { MemoryGrantStore } from '../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../src/authz/permission-engine.js';
import { benchmarkNamed } from './benchmarks.js';
import type { Agreement } from './engine/agreement.js';
import { compareChecks, compareListings } from './engine/agreement.js';
import { CasbinAuthorizer } from './engine/casbin-authorizer.js';
import { buildDataset, ENGINE_DATASET } from './engine/dataset.js';
import { checkRequests, scopeRequests } from './engine/requests.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage, measureCases, type Case, type CaseSummary, type MeasureOptions } from './lib/measure.js';
import { describeVerdict } from './lib/targets.js';

const SEED = 20_240_601;
const REQUEST_POOL = 100_000;
/** The first requests of each pool are answered by both and compared before anything is timed. */
const AGREEMENT_SAMPLE = 5_000;
/** About a minute of timing in all; Casbin's check still gets some 3,000 samples a round here. */
const MEASURE: MeasureOptions = { rounds: 7, roundMs: 1_500, warmupMs: 1_000 };

const MIB = 1024 * 1024;

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Heap in use after a full collection, so the number is what the data holds, not garbage. */
function heapUsedMiB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MIB;
}

function reportAgreement(what: string, a: Agreement): void {
  const outcomes = Object.entries(a.outcomes).map(([outcome, n]) => `${outcome} ${n}`).join(', ');
  console.log(`agreement ${what}: ${a.agreed}/${a.compared} agree (rolegate: ${outcomes})`);
  if (a.agreed !== a.compared) {
    for (const d of a.firstDisagreements) console.error(`  disagreement: ${d}`);
    throw new Error(`Rolegate and Casbin disagree on ${a.compared - a.agreed} of ${a.compared} ${what}; the comparison would be meaningless.`);
  }
}

function summaryRow(s: CaseSummary): string[] {
  const spread = s.rounds.map((r) => r.opsPerSecond);
  return [
    s.name,
    `${roundSensibly(s.opsPerSecond)}`,
    `${Math.round(Math.min(...spread))}–${Math.round(Math.max(...spread))}`,
    `${roundSensibly(s.opsPerCpuSecond)}`,
    `${roundSensibly(s.p50Us)}`,
    `${roundSensibly(s.p99Us)}`,
    `${s.totalOperations}`,
  ];
}

async function main(): Promise<void> {
  const baseHeap = heapUsedMiB();
  let start = process.hrtime.bigint();
  const dataset = buildDataset(ENGINE_DATASET, SEED);
  const { snapshot } = dataset;
  const buildMs = elapsedMs(start);
  const services = snapshot.principals.filter((p) => p.kind === 'SERVICE_ACCOUNT').length;
  const byLevel = (level: string): number => snapshot.grants.filter((g) => g.scope.level === level).length;
  console.log(
    `dataset: ${snapshot.principals.length} principals (${services} service accounts), ${snapshot.projects.length} projects, ` +
      `${snapshot.environments.length} environments, ${snapshot.grants.length} grants ` +
      `(${byLevel('ORGANIZATION')} org, ${byLevel('PROJECT')} project, ${byLevel('ENVIRONMENT')} environment); built in ${roundSensibly(buildMs)} ms`,
  );
  const datasetHeap = heapUsedMiB();

  start = process.hrtime.bigint();
  const engine = new PermissionEngine(new MemoryGrantStore(snapshot));
  const loadMs = elapsedMs(start);
  const engineHeap = heapUsedMiB();
  console.log(
    `rolegate: loaded in ${roundSensibly(loadMs)} ms; heapUsed after load ${roundSensibly(engineHeap)} MiB ` +
      `(dataset ${roundSensibly(datasetHeap - baseHeap)} MiB, store + engine ${roundSensibly(engineHeap - datasetHeap)} MiB)`,
  );
  start = process.hrtime.bigint();
  const casbin = await CasbinAuthorizer.load(snapshot);
  console.log(`casbin: loaded in ${roundSensibly(elapsedMs(start))} ms; enforcer ${roundSensibly(heapUsedMiB() - engineHeap)} MiB`);

  const checks = checkRequests(dataset, REQUEST_POOL, SEED + 1);
  const scopes = scopeRequests(dataset, REQUEST_POOL, SEED + 2);
  reportAgreement('checks', await compareChecks(engine, casbin, checks.slice(0, AGREEMENT_SAMPLE)));
  reportAgreement('effective permissions', await compareListings(engine, casbin, scopes.slice(0, AGREEMENT_SAMPLE)));

  const at = <T>(pool: readonly T[], i: number): T => pool[i % pool.length]!;
  const cases: Case[] = [
    { name: 'rolegate effectivePermissions', op: (i) => { const r = at(scopes, i); return engine.effectivePermissions(r.principalId, r.scope); } },
    { name: 'casbin effectivePermissions', op: (i) => { const r = at(scopes, i); return casbin.effectivePermissions(r.principalId, r.scope); } },
    { name: 'rolegate check', op: (i) => engine.check(at(checks, i)) },
    { name: 'casbin check', op: (i) => casbin.check(at(checks, i)) },
  ];
  console.log(`measuring: ${MEASURE.rounds} interleaved rounds of ${MEASURE.roundMs} ms per operation, after ${MEASURE.warmupMs} ms of warm-up each`);
  const [ourListing, theirListing, ourCheck, theirCheck] = await measureCases(cases, MEASURE);
  if (!ourListing || !theirListing || !ourCheck || !theirCheck) throw new Error('measureCases returned fewer summaries than cases.');

  console.log(`\nmedians across ${MEASURE.rounds} rounds`);
  console.log(formatTable(['operation', 'ops/s', 'ops/s range', 'ops/CPU-s', 'p50 µs', 'p99 µs', 'samples'], [ourListing, theirListing, ourCheck, theirCheck].map(summaryRow)));
  const metrics: Record<string, number> = {
    ops_per_s: Math.round(ourCheck.opsPerSecond),
    p99_us: roundSensibly(Math.max(ourListing.p99Us, ourCheck.p99Us)),
    casbin_ratio: roundSensibly(ourCheck.opsPerSecond / theirCheck.opsPerSecond),
  };
  const ratio = (ours: CaseSummary, theirs: CaseSummary): string =>
    `${roundSensibly(ours.opsPerSecond / theirs.opsPerSecond)}x (per CPU-second ${roundSensibly(ours.opsPerCpuSecond / theirs.opsPerCpuSecond)}x)`;
  console.log(`\nover casbin: effectivePermissions ${ratio(ourListing, theirListing)}, check ${ratio(ourCheck, theirCheck)}`);
  for (const target of benchmarkNamed('engine').targets) {
    const value = metrics[target.metric];
    if (value === undefined) throw new Error(`bench/benchmarks.ts sets a target on ${target.metric}, which the engine benchmark does not report.`);
    console.log(`target ${describeVerdict(target, value)}`);
  }
  console.log(resultLine('engine', metrics));
}

await main();
