import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

function section(begin: string, end: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${begin} … ${end} section`);
  return readme.slice(from + begin.length, to).trim();
}

describe('README.md', () => {
  it(`documents each of the ${CONFIG_VARIABLES.length} configuration variables with its default, as the loader reads them`, () => {
    const cell = (text: string) => text.replaceAll('|', '\\|');
    const rows = CONFIG_VARIABLES.map((v) => `| \`${v.name}\` | \`${cell(v.default)}\` | ${cell(v.description)} |`);
    const expected = ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
    expect(section('<!-- config:begin -->', '<!-- config:end -->')).toBe(expected);
  });

  it('opens with the two commands a newcomer needs, and both are real scripts', () => {
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toMatch(/npm ci && npm start/);
    expect(firstBlock).toMatch(/npm test/);
    expect(packageJson.scripts.start).toMatch(/serve/);
    expect(packageJson.scripts.test).toMatch(/vitest run/);
  });
});
