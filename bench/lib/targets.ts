/** Speed targets: a bound on one metric of a benchmark's RESULT line, judged the same way everywhere. */
export interface Target {
  /** The RESULT line's key the target bounds. */
  readonly metric: string;
  readonly comparison: '<' | '>=';
  readonly bound: number;
  /** What the metric is, for people reading the verdict. */
  readonly meaning: string;
}

export function targetMet(target: Target, value: number): boolean {
  return target.comparison === '<' ? value < target.bound : value >= target.bound;
}

/** `casbin_ratio >= 5 (check throughput over casbin's): 58.2, met`. */
export function describeVerdict(target: Target, value: number): string {
  const verdict = targetMet(target, value) ? 'met' : 'NOT MET';
  return `${target.metric} ${target.comparison} ${target.bound} (${target.meaning}): ${value}, ${verdict}`;
}
