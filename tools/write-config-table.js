/**
 * Rewrites the configuration table in README.md from CONFIG_VARIABLES (run after `npm run build`);
 * test/config/readme.test.ts fails when the two drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '../dist/src/config/config.js';

const BEGIN = '<!-- config:begin -->';
const END = '<!-- config:end -->';
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
// A pipe ends a table cell even inside a code span (a regular expression's default has them).
const cell = (text) => text.replaceAll('|', '\\|');
const rows = CONFIG_VARIABLES.map((v) => `| \`${v.name}\` | \`${cell(v.default)}\` | ${cell(v.description)} |`);
const table = ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
const from = readme.indexOf(BEGIN);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs ${BEGIN} and ${END}`);
writeFileSync(readmeUrl, `${readme.slice(0, from + BEGIN.length)}\n${table}\n${readme.slice(to)}`);
