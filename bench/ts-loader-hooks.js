/**
 * ESM loader hooks that compile TypeScript as Node loads it, with the same compiler and options as
 * the test runner (tools/transpile-typescript.js keeps decorator metadata, which esbuild drops).
 *
 * Resolution follows NodeNext: sources import `./x.js`, which means `./x.ts` when that exists.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isTypeScriptSource, transpileTypeScript } from '../tools/transpile-typescript.js';

/** @param {string} url */
function isTypeScript(url) {
  return url.startsWith('file:') && isTypeScriptSource(url);
}

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (relative && specifier.endsWith('.js') && context.parentURL && isTypeScript(context.parentURL)) {
    const candidate = new URL(specifier.slice(0, -'.js'.length) + '.ts', context.parentURL);
    if (existsSync(candidate)) return { url: candidate.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!isTypeScript(url)) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code, map } = transpileTypeScript(await readFile(filename, 'utf8'), filename);
  const inlineMap = Buffer.from(JSON.stringify(map)).toString('base64');
  const source = `${code}\n//# sourceMappingURL=data:application/json;base64,${inlineMap}`;
  return { format: 'module', source, shortCircuit: true };
}
