/** Formatting shared by the benchmarks and the runner: numbers, tables and RESULT lines. */

export type Metrics = Readonly<Record<string, number | string>>;

/** Three or so significant digits, never exponent notation: 123456, 1234.5 → 1235, 12.3, 0.123. */
export function roundSensibly(x: number): number {
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  if (magnitude >= 100) return Math.round(x);
  if (magnitude >= 10) return Math.round(x * 10) / 10;
  if (magnitude >= 1) return Math.round(x * 100) / 100;
  return Math.round(x * 1000) / 1000;
}

/** A plain-text table; columns are padded, numeric cells right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = /^-?[\d.,]+(?:[a-zµ%/]+)?$/i;
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (numeric.test(cell) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The one line each benchmark ends with, which the runner collects: `RESULT <name> k=v ...`. */
export function resultLine(name: string, metrics: Metrics): string {
  const pairs = Object.entries(metrics).map(([k, v]) => `${k}=${typeof v === 'number' ? roundSensibly(v) : v}`);
  return ['RESULT', name, ...pairs].join(' ');
}

export interface ParsedResult {
  readonly name: string;
  readonly metrics: Readonly<Record<string, string>>;
}

export function parseResultLine(line: string): ParsedResult | undefined {
  const [tag, name, ...pairs] = line.trim().split(/\s+/);
  if (tag !== 'RESULT' || !name) return undefined;
  const metrics: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq > 0) metrics[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { name, metrics };
}
