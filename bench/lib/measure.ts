import { median, quantile } from './stats.js';

/** One operation under test; `i` counts operations so the case can walk its own request list. */
export interface Case {
  readonly name: string;
  readonly opsPerRound: number;
  /** Operations run and discarded before the first round, so the JIT has settled. */
  readonly warmupOps: number;
  readonly op: (i: number) => Promise<unknown>;
}

export interface RoundStats {
  readonly opsPerSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
}

/** Medians across rounds: one slow round on a shared machine moves none of them. */
export interface CaseSummary extends RoundStats {
  readonly name: string;
  readonly rounds: readonly RoundStats[];
}

const NS_PER_US = 1000;

/** Collects garbage between rounds when Node runs with --expose-gc (the runner passes it). */
export function collectGarbage(): void {
  globalThis.gc?.();
}

async function runRound(c: Case, firstOp: number): Promise<RoundStats> {
  const latencies = new Float64Array(c.opsPerRound);
  const start = process.hrtime.bigint();
  for (let i = 0; i < c.opsPerRound; i++) {
    const t0 = process.hrtime.bigint();
    await c.op(firstOp + i);
    latencies[i] = Number(process.hrtime.bigint() - t0) / NS_PER_US;
  }
  const elapsedNs = Number(process.hrtime.bigint() - start);
  latencies.sort();
  return {
    opsPerSecond: (c.opsPerRound * 1e9) / elapsedNs,
    p50Us: quantile(latencies, 0.5),
    p99Us: quantile(latencies, 0.99),
  };
}

/**
 * Runs every case for `rounds` rounds, interleaved (round 1 of each case, then round 2 of each, …)
 * so that drift in the machine's load hits all cases alike instead of whichever ran last.
 * Each operation is awaited alone and timed with `process.hrtime.bigint()`.
 */
export async function measureCases(cases: readonly Case[], rounds: number): Promise<CaseSummary[]> {
  for (const c of cases) {
    for (let i = 0; i < c.warmupOps; i++) await c.op(i);
  }
  const stats = new Map<string, RoundStats[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      collectGarbage();
      stats.get(c.name)?.push(await runRound(c, c.warmupOps + round * c.opsPerRound));
    }
  }
  return cases.map((c) => {
    const own = stats.get(c.name) ?? [];
    return {
      name: c.name,
      rounds: own,
      opsPerSecond: median(own.map((s) => s.opsPerSecond)),
      p50Us: median(own.map((s) => s.p50Us)),
      p99Us: median(own.map((s) => s.p99Us)),
    };
  });
}
