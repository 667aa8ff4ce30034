/**
 * A seeded pseudo-random generator (mulberry32). The seeder draws every choice from it, so the
 * same `--seed` builds the same organization on every machine and every run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('SeededRandom.pick needs a non-empty list.');
    return item;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of `weighted`'s values, each drawn with probability proportional to its weight. */
  weighted<T>(weighted: readonly (readonly [value: T, weight: number])[]): T {
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of weighted) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return weighted[weighted.length - 1]![0];
  }

  /** A version-4 UUID, so seeded ids look like `newId()`'s and pass `isId`. */
  uuid(): string {
    const hex = (digits: number): string => {
      let s = '';
      for (let i = 0; i < digits; i++) s += this.int(16).toString(16);
      return s;
    };
    const variant = (8 + this.int(4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }

  /**
   * A random order of 0..n-1 without materialising it: `i ↦ (start + i·stride) mod n` with a stride
   * coprime to n visits every index once. Enough shuffling for spreading roles over projects.
   */
  permutation(n: number): (i: number) => number {
    const start = this.int(n);
    let stride = 1 + this.int(Math.max(1, n - 1));
    while (gcd(stride, n) !== 1) stride -= 1;
    return (i) => (start + i * stride) % n;
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
