import type { Target } from './lib/targets.js';

/**
 * Every benchmark the runner knows, in the order `npm run bench` runs them: the one place a new
 * benchmark registers. An entry names the benchmark (the name its RESULT line and
 * `npm run bench -- <name>` use), its entry file in bench/, what it measures, and its speed
 * targets, each bounding one metric of its RESULT line. The runner judges the targets in its
 * summary; the benchmark reads them from here with `benchmarkNamed` to print its own verdicts.
 */
export interface BenchmarkEntry {
  readonly name: string;
  /** Relative to bench/; run in a Node process of its own that must print exactly one RESULT line. */
  readonly file: string;
  readonly measures: string;
  readonly targets: readonly Target[];
}

export const BENCHMARKS: readonly BenchmarkEntry[] = [
  {
    name: 'engine',
    file: 'engine.ts',
    measures: 'in-memory engine effectivePermissions and check on 100,000 grants, against casbin in the same run',
    targets: [
      { metric: 'p99_us', comparison: '<', bound: 50, meaning: 'µs, the worse p99 of check and effectivePermissions' },
      { metric: 'casbin_ratio', comparison: '>=', bound: 5, meaning: "check throughput over casbin's" },
    ],
  },
  {
    name: 'http',
    file: 'http.ts',
    measures: 'the gateway over HTTP on 100,000 grants, SQLite and PostgreSQL, against { __typename } in the same run',
    targets: [
      { metric: 'ratio', comparison: '>=', bound: 0.7, meaning: "effectivePermissions throughput over the baseline's" },
      { metric: 'p99_ms', comparison: '<', bound: 20, meaning: 'ms, effectivePermissions p99 at 32 connections' },
      { metric: 'dashboard_ratio', comparison: '>=', bound: 0.3, meaning: "a project's members with their permissions, over the baseline" },
    ],
  },
  {
    name: 'scale',
    file: 'scale.ts',
    measures: 'effectivePermissions, whoCan, access-event and member pages through the database store at 10,000, 100,000 and 1,000,000 grants',
    targets: [
      { metric: 'ratio', comparison: '<', bound: 1.5, meaning: 'p50 latency at 1,000,000 grants over 10,000, the worse question and database' },
      { metric: 'pages_ratio', comparison: '<', bound: 1.5, meaning: "the same for a page of a principal's access events or of the organization's members" },
    ],
  },
  {
    name: 'writes',
    file: 'writes.ts',
    measures: 'role assignments per second through the API, with their events, on 100,000 grants, SQLite and PostgreSQL',
    targets: [],
  },
  {
    name: 'fanout',
    file: 'fanout.ts',
    measures: 'the live feed: one role change delivered over WebSocket to 1,000, 5,000 and 10,000 subscribers of one gateway (SQLite)',
    targets: [
      { metric: 'p99_ms', comparison: '<', bound: 250, meaning: 'ms from the mutation to the 99th percentile subscriber at 10,000' },
      { metric: 'kb_per_subscriber', comparison: '<', bound: 50, meaning: 'KiB the gateway holds per idle subscriber at 10,000' },
    ],
  },
];

export function benchmarkNamed(name: string): BenchmarkEntry {
  const entry = BENCHMARKS.find((b) => b.name === name);
  if (!entry) throw new Error(`No benchmark named ${name} in bench/benchmarks.ts; register it there.`);
  return entry;
}
