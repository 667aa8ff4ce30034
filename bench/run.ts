/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all of them by default), each in its
 * own Node process so every benchmark starts with a fresh heap and an untouched JIT, streams their
 * output, and ends with one table of their RESULT lines. Exits non-zero if any benchmark failed
 * or did not print exactly one RESULT line.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS, type BenchmarkEntry } from './benchmarks.js';
import { formatTable, parseResultLine, type ParsedResult } from './lib/format.js';

interface Outcome {
  readonly entry: BenchmarkEntry;
  readonly exitCode: number | null;
  readonly results: readonly ParsedResult[];
}

const REGISTER = fileURLToPath(new URL('./register.js', import.meta.url));

/** The benchmarks named on the command line, or all of them; unknown names stop the run. */
function selectBenchmarks(names: readonly string[]): readonly BenchmarkEntry[] {
  if (names.length === 0) return BENCHMARKS;
  const known = BENCHMARKS.map((b) => b.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from: ${known.join(', ')}.`);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

/** Runs one benchmark in a child process, echoing its output and keeping its RESULT lines. */
function runOne(entry: BenchmarkEntry): Promise<Outcome> {
  const file = fileURLToPath(new URL(entry.file, import.meta.url));
  // --expose-gc lets benchmarks collect garbage between rounds and measure the heap after loading.
  const child = spawn(process.execPath, ['--expose-gc', '--enable-source-maps', '--import', REGISTER, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
  return 'ok';
}

function summaryTable(outcomes: readonly Outcome[]): string {
  const rows = outcomes.map((o) => {
    const metrics = o.results.at(-1)?.metrics ?? {};
    return [o.entry.name, status(o), Object.entries(metrics).map(([k, v]) => `${k}=${v}`).join(' ')];
  });
  return formatTable(['benchmark', 'status', 'result'], rows);
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

await main();
