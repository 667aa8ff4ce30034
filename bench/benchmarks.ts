/**
 * Every benchmark the runner knows, in the order `npm run bench` runs them. Adding one is one line:
 * a name (the one its RESULT line uses), its entry file in bench/, and what it measures.
 */
export interface BenchmarkEntry {
  readonly name: string;
  readonly file: string;
  readonly measures: string;
}

export const BENCHMARKS: readonly BenchmarkEntry[] = [
  { name: 'engine', file: 'engine.ts', measures: 'PermissionEngine check/effectivePermissions on 100k grants, against casbin' },
  { name: 'fanout', file: 'fanout.ts', measures: 'live feed: one role change delivered to 1k/5k/10k WebSocket subscribers; latency and memory per subscriber' },
];
