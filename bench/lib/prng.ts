/**
 * A seeded pseudo-random generator (mulberry32): the same seed builds the same dataset and the same
 * request stream on every run, so numbers from different runs and machines compare like for like.
 */
export class Prng {
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

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('Prng.pick needs a non-empty list.');
    return item;
  }

  /** One of `weighted`'s values, each drawn with probability proportional to its weight. */
  weighted<T>(weighted: readonly (readonly [value: T, weight: number])[]): T {
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of weighted) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = weighted[weighted.length - 1];
    if (!last) throw new Error('Prng.weighted needs a non-empty list.');
    return last[0];
  }

  /** A version-4-shaped UUID, so ids look like `newId()`'s and pass `isId`. */
  uuid(): string {
    const hex = (digits: number): string => {
      let s = '';
      for (let i = 0; i < digits; i++) s += this.int(16).toString(16);
      return s;
    };
    const variant = (8 + this.int(4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}
