/**
 * The permission engine on a large organization, against Casbin answering the same questions.
 *
 * Builds a seeded organization (10,000 principals, 1,000 projects, 3,000 environments, 100,000
 * grants), loads it into MemoryGrantStore + PermissionEngine and into a Casbin enforcer, proves on
 * a sample that both give the same answers, then times effectivePermissions and check for both.
 * Ends with `RESULT engine ops_per_s=… p99_us=… casbin_ratio=…`.
 */
import { MemoryGrantStore } from '../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../src/authz/permission-engine.js';
import type { Agreement } from './engine/agreement.js';
import { compareChecks, compareListings } from './engine/agreement.js';
import { CasbinAuthorizer } from './engine/casbin-authorizer.js';
import { buildDataset, ENGINE_DATASET } from './engine/dataset.js';
import { checkRequests, scopeRequests } from './engine/requests.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage, measureCases, type Case, type CaseSummary } from './lib/measure.js';

const SEED = 20_240_601;
const ROUNDS = 5;
const REQUEST_POOL = 100_000;
const AGREEMENT_SAMPLE = 1_000;
/** Casbin is timed on fewer operations per round: per-operation numbers compare all the same. */
const OURS = { opsPerRound: 200_000, warmupOps: 50_000 };
const CASBIN = { opsPerRound: 20_000, warmupOps: 5_000 };
const TARGET_P99_US = 50;
const TARGET_CASBIN_RATIO = 5;

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
  console.log(`agreement ${what}: ${a.agreed}/${a.compared} agree (${a.positive} allowed or non-empty)`);
  if (a.agreed !== a.compared) {
    for (const d of a.firstDisagreements) console.error(`  disagreement: ${d}`);
    throw new Error(`Rolegate and Casbin disagree on ${a.compared - a.agreed} of ${a.compared} ${what}; the comparison would be meaningless.`);
  }
}

function summaryRow(s: CaseSummary): string[] {
  const spread = s.rounds.map((r) => r.opsPerSecond);
  return [s.name, `${roundSensibly(s.opsPerSecond)}`, `${Math.round(Math.min(...spread))}–${Math.round(Math.max(...spread))}`, `${roundSensibly(s.p50Us)}`, `${roundSensibly(s.p99Us)}`];
}

function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
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
    { name: 'rolegate effectivePermissions', ...OURS, op: (i) => { const r = at(scopes, i); return engine.effectivePermissions(r.principalId, r.scope); } },
    { name: 'casbin effectivePermissions', ...CASBIN, op: (i) => { const r = at(scopes, i); return casbin.effectivePermissions(r.principalId, r.scope); } },
    { name: 'rolegate check', ...OURS, op: (i) => engine.check(at(checks, i)) },
    { name: 'casbin check', ...CASBIN, op: (i) => casbin.check(at(checks, i)) },
  ];
  console.log(`measuring: ${ROUNDS} interleaved rounds; rolegate ${OURS.opsPerRound} ops/round, casbin ${CASBIN.opsPerRound} ops/round`);
  const [ourListing, theirListing, ourCheck, theirCheck] = await measureCases(cases, ROUNDS);
  if (!ourListing || !theirListing || !ourCheck || !theirCheck) throw new Error('measureCases returned fewer summaries than cases.');

  console.log(`\nmedians across ${ROUNDS} rounds`);
  console.log(formatTable(['operation', 'ops/s', 'ops/s range', 'p50 µs', 'p99 µs'], [ourListing, theirListing, ourCheck, theirCheck].map(summaryRow)));
  const p99 = Math.max(ourListing.p99Us, ourCheck.p99Us);
  const ratio = ourCheck.opsPerSecond / theirCheck.opsPerSecond;
  console.log(`\ntarget p99 < ${TARGET_P99_US} µs (worse of check and effectivePermissions): ${roundSensibly(p99)} µs, ${verdict(p99 < TARGET_P99_US)}`);
  console.log(`target check throughput >= ${TARGET_CASBIN_RATIO}x casbin: ${roundSensibly(ratio)}x, ${verdict(ratio >= TARGET_CASBIN_RATIO)}`);
  console.log(resultLine('engine', { ops_per_s: Math.round(ourCheck.opsPerSecond), p99_us: p99, casbin_ratio: ratio }));
}

await main();
