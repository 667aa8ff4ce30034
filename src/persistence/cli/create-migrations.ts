/**
 * `npm run migrations:create -- --name <name>`: generates the next migration for BOTH dialects
 * from the entities and rewrites each dialect's `index.ts` (no file globbing at run time). Needs
 * no database server. Commit the new migration files, the snapshots and the index files together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateMigration, writeMigrationIndex } from './migration-generator.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string' } } });
  const name = values.name ?? '';
  if (!/^[a-z][a-z0-9_]*$/i.test(name)) {
    throw new Error('Usage: npm run migrations:create -- --name <name> (letters, digits and underscores, e.g. add_token_scopes)');
  }
  // npm runs scripts from the package root; refuse anywhere else rather than write stray files.
  const root = process.cwd();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
  if (pkg.name !== 'rolegate') throw new Error(`Run through npm from the Rolegate package root, not ${root}.`);

  for (const dialect of ['sqlite', 'postgresql'] as const) {
    const file = await generateMigration(root, dialect, name);
    writeMigrationIndex(root, dialect);
    console.log(file ? `${dialect}: created migrations/${dialect}/${file}` : `${dialect}: entities match the snapshot; nothing to generate`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
