import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { isTypeScriptSource, transpileTypeScript } from './tools/transpile-typescript.js';

const require = createRequire(import.meta.url);

/** Compiles TypeScript with tsc's own emitter: type-graphql and MikroORM read decorator metadata. */
function typescriptWithDecoratorMetadata(): Plugin {
  return {
    name: 'rolegate:typescript-decorator-metadata',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!isTypeScriptSource(file) || file.includes('/node_modules/')) return null;
      return transpileTypeScript(code, file);
    },
  };
}

export default defineConfig({
  plugins: [typescriptWithDecoratorMetadata()],
  oxc: false,
  resolve: {
    // graphql ships ESM and CJS builds; loading both breaks `instanceof GraphQLSchema`.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
