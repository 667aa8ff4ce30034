import { median, quantile } from './stats.js';

/** One operation under test; `i` counts operations so the case can walk its own request list. */
export interface Case {
  readonly name: string;
  /** Awaited when it returns a promise, so a synchronous operation is not charged a microtask. */
  readonly op: (i: number) => unknown;
}

/**
 * Rounds last a fixed time rather than a fixed number of operations: a case a hundred times
 * slower than another gets the same share of the machine, and the run's length does not grow
 * when other work on a shared machine slows every operation down.
 */
export interface MeasureOptions {
  readonly rounds: number;
  readonly roundMs: number;
  /** Run and discarded before the first round, so the JIT has settled. */
  readonly warmupMs: number;
}

export interface RoundStats {
  readonly operations: number;
  /** Per second of wall-clock time: what a caller sees, including time the OS gave to other work. */
  readonly opsPerSecond: number;
  /**
   * Per second of this process's CPU time (all its threads, so garbage collection counts): the
   * operation's own cost, which other processes on a shared machine barely move.
   */
  readonly opsPerCpuSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
}

/** Medians across rounds: one slow round on a shared machine moves none of them. */
export interface CaseSummary {
  readonly name: string;
  readonly rounds: readonly RoundStats[];
  /** Timed operations across all rounds (warm-up excluded). */
  readonly totalOperations: number;
  readonly opsPerSecond: number;
  readonly opsPerCpuSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
}

const NS_PER_US = 1000;
const NS_PER_MS = 1_000_000n;

/** Collects garbage between rounds when Node runs with --expose-gc (the runner passes it). */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** Latency samples of one round, in a buffer reused across rounds so recording allocates nothing. */
class LatencyRecorder {
  private samples = new Float64Array(1 << 20);
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  record(us: number): void {
    if (this.count === this.samples.length) {
      const larger = new Float64Array(this.samples.length * 2);
      larger.set(this.samples);
      this.samples = larger;
    }
    this.samples[this.count++] = us;
  }

  get size(): number {
    return this.count;
  }

  sorted(): Float64Array {
    return this.samples.subarray(0, this.count).sort();
  }
}

/** Runs `c` for `ms`, starting at operation `firstOp`; returns how many operations ran. */
async function runFor(c: Case, firstOp: number, ms: number, recorder: LatencyRecorder | undefined): Promise<number> {
  const deadline = process.hrtime.bigint() + BigInt(ms) * NS_PER_MS;
  let i = firstOp;
  for (let now = process.hrtime.bigint(); now < deadline; i++) {
    const pending = c.op(i);
    if (pending instanceof Promise) await pending;
    const end = process.hrtime.bigint();
    recorder?.record(Number(end - now) / NS_PER_US);
    now = end;
  }
  return i - firstOp;
}

async function runRound(c: Case, firstOp: number, roundMs: number, recorder: LatencyRecorder): Promise<RoundStats> {
  recorder.reset();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const operations = await runFor(c, firstOp, roundMs, recorder);
  const elapsedNs = Number(process.hrtime.bigint() - start);
  const cpu = process.cpuUsage(cpuStart);
  const latencies = recorder.sorted();
  return {
    operations,
    opsPerSecond: (operations * 1e9) / elapsedNs,
    opsPerCpuSecond: (operations * 1e6) / (cpu.user + cpu.system),
    p50Us: quantile(latencies, 0.5),
    p99Us: quantile(latencies, 0.99),
  };
}

/**
 * Runs every case for `rounds` rounds, interleaved (round 1 of each case, then round 2 of each, …)
 * so that drift in the machine's load hits all cases alike instead of whichever ran last.
 * Each operation is awaited alone and timed with `process.hrtime.bigint()`; one clock reading
 * ends an operation and starts the next, so throughput and latency count the same time.
 */
export async function measureCases(cases: readonly Case[], options: MeasureOptions): Promise<CaseSummary[]> {
  const recorder = new LatencyRecorder();
  const nextOp = new Map<string, number>();
  for (const c of cases) nextOp.set(c.name, await runFor(c, 0, options.warmupMs, undefined));
  const stats = new Map<string, RoundStats[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const c of cases) {
      collectGarbage();
      const stat = await runRound(c, nextOp.get(c.name)!, options.roundMs, recorder);
      nextOp.set(c.name, nextOp.get(c.name)! + stat.operations);
      stats.get(c.name)!.push(stat);
    }
  }
  return cases.map((c) => {
    const own = stats.get(c.name)!;
    return {
      name: c.name,
      rounds: own,
      totalOperations: own.reduce((sum, s) => sum + s.operations, 0),
      opsPerSecond: median(own.map((s) => s.opsPerSecond)),
      opsPerCpuSecond: median(own.map((s) => s.opsPerCpuSecond)),
      p50Us: median(own.map((s) => s.p50Us)),
      p99Us: median(own.map((s) => s.p99Us)),
    };
  });
}
