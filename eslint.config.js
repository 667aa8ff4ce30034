import tseslint from 'typescript-eslint';

const ORM_AND_GRAPHQL = ['graphql', 'graphql/*', 'type-graphql', '@mikro-orm/*', '@apollo/*', 'graphql-ws', 'dataloader'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test/generated/**', 'migrations/**/*.snapshot*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain and the permission engine stay plain TypeScript: testable and benchmarkable alone.
    files: ['src/domain/**/*.ts', 'src/authz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ORM_AND_GRAPHQL, message: 'domain/ and authz/ must not depend on GraphQL or the ORM.' },
            { group: ['**/persistence/**', '**/graphql/**', '**/services/**', '**/server/**', '**/realtime/**', '**/auth/**'], message: 'domain/ and authz/ sit below every other layer.' },
          ],
        },
      ],
    },
  },
  {
    // Only the config loader reads the environment.
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.' }] },
  },
);
