/**
 * Compiles one TypeScript module with the project's own tsconfig.json, for the test runner and the
 * benchmark loader.
 *
 * Why TypeScript itself and not esbuild/oxc: type-graphql and MikroORM read the
 * `emitDecoratorMetadata` output (`design:type`), which those transformers do not emit.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadCompilerOptions() {
  const configPath = resolve(projectRoot, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (path) => readFileSync(path, 'utf8'));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, projectRoot);
  return { ...options, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, sourceMap: true, inlineSourceMap: false, declaration: false, noEmit: false };
}

const compilerOptions = loadCompilerOptions();

/**
 * @param {string} source
 * @param {string} fileName
 * @returns {import("./transpile-typescript.js").TranspiledModule}
 */
export function transpileTypeScript(source, fileName) {
  const { outputText, sourceMapText } = ts.transpileModule(source, { compilerOptions, fileName });
  // tsc names the source relative to an output directory that does not exist here.
  const map = { ...JSON.parse(sourceMapText ?? '{}'), sources: [fileName], sourcesContent: [source] };
  return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map };
}

/** @param {string} fileName */
export function isTypeScriptSource(fileName) {
  return fileName.endsWith('.ts') && !fileName.endsWith('.d.ts');
}
