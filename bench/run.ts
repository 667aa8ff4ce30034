/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all of bench/benchmarks.ts by
 * default), each in its own Node process so every benchmark starts with a fresh heap and an
 * untouched JIT, streams their output, and ends with one table: each benchmark's status, its
 * targets judged against its RESULT line, and the line's metrics. Exits non-zero if a benchmark
 * failed or did not print exactly one RESULT line; a target not met is reported, not a failure,
 * because one noisy run on a shared machine says little on its own.
 *
 * Node flags given to the runner reach the benchmarks, so
 * `node --cpu-prof --import ./bench/register.js bench/run.ts engine` profiles the engine benchmark.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS, type BenchmarkEntry } from './benchmarks.js';
import { formatTable, parseResultLine, type ParsedResult } from './lib/format.js';
import { targetMet } from './lib/targets.js';

interface Outcome {
  readonly entry: BenchmarkEntry;
  readonly exitCode: number | null;
  readonly results: readonly ParsedResult[];
}

const REGISTER = fileURLToPath(new URL('./register.js', import.meta.url));

class UnknownBenchmarkError extends Error {}

/** The benchmarks named on the command line, or all of them; unknown names stop the run. */
function selectBenchmarks(names: readonly string[]): readonly BenchmarkEntry[] {
  if (names.length === 0) return BENCHMARKS;
  const known = BENCHMARKS.map((b) => b.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UnknownBenchmarkError(`Unknown benchmark ${unknown.join(', ')}; choose from: ${known.join(', ')}.`);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

/** The runner's own Node flags without its TypeScript loader, which every child gets anyway. */
function forwardedNodeFlags(): string[] {
  const flags: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--import' && argv[i + 1]?.endsWith('register.js')) i++;
    else if (!(flag.startsWith('--import=') && flag.endsWith('register.js'))) flags.push(flag);
  }
  return flags;
}

/** Runs one benchmark in a child process, echoing its output and keeping its RESULT lines. */
function runOne(entry: BenchmarkEntry): Promise<Outcome> {
  const file = fileURLToPath(new URL(entry.file, import.meta.url));
  // --expose-gc lets benchmarks collect garbage between rounds and measure the heap after loading.
  const flags = ['--expose-gc', '--enable-source-maps', ...forwardedNodeFlags(), '--import', REGISTER];
  // Measured as deployed (README, "Running in production"): graphql-js drops its development checks.
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
  const child = spawn(process.execPath, [...flags, file], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const results: ParsedResult[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    const parsed = parseResultLine(line);
    if (parsed) results.push(parsed);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ entry, exitCode, results }));
  });
}

function status(outcome: Outcome): string {
  if (outcome.exitCode !== 0) return `FAILED (exit ${outcome.exitCode})`;
  if (outcome.results.length !== 1) return `FAILED (${outcome.results.length} RESULT lines)`;
  if (outcome.results[0]!.name !== outcome.entry.name) return `FAILED (RESULT names ${outcome.results[0]!.name})`;
  return 'ok';
}

/** `met`, or the metrics whose targets were missed (or absent from the RESULT line). */
function targetsVerdict(outcome: Outcome): string {
  if (status(outcome) !== 'ok') return '-';
  if (outcome.entry.targets.length === 0) return 'none set';
  const metrics = outcome.results[0]!.metrics;
  const missed = outcome.entry.targets.filter((t) => {
    const value = Number(metrics[t.metric]);
    return metrics[t.metric] === undefined || Number.isNaN(value) || !targetMet(t, value);
  });
  if (missed.length === 0) return `all ${outcome.entry.targets.length} met`;
  return `NOT MET: ${missed.map((t) => `${t.metric} ${t.comparison} ${t.bound}`).join(', ')}`;
}

function summaryTable(outcomes: readonly Outcome[]): string {
  const rows = outcomes.map((o) => {
    const metrics = o.results.at(-1)?.metrics ?? {};
    return [o.entry.name, status(o), targetsVerdict(o), Object.entries(metrics).map(([k, v]) => `${k}=${v}`).join(' ')];
  });
  return formatTable(['benchmark', 'status', 'targets', 'result'], rows);
}

async function main(): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const entry of selectBenchmarks(process.argv.slice(2))) {
    console.log(`\n=== ${entry.name}: ${entry.measures}`);
    outcomes.push(await runOne(entry));
  }
  console.log(`\n=== summary\n${summaryTable(outcomes)}`);
  if (outcomes.some((o) => status(o) !== 'ok')) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UnknownBenchmarkError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
