import type { MigrationObject } from '@mikro-orm/core';
import { POSTGRESQL_MIGRATIONS } from '../../migrations/postgresql/index.js';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite/index.js';
import type { Dialect } from './orm-options.js';

/**
 * The migrations this build knows for a dialect, in the order they apply. Imported explicitly
 * (never globbed) so the same list works from `dist/` and under vitest.
 */
export function migrationsFor(dialect: Dialect): MigrationObject[] {
  return dialect === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRESQL_MIGRATIONS;
}
