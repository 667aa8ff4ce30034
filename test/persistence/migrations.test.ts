import { afterEach, describe, expect, it } from 'vitest';
import { assertSchemaNotNewer, executedMigrations, migrateToLatest } from '../../src/persistence/migrate.js';
import { openMigrationGenerator } from '../../src/persistence/cli/migration-generator.js';
import { migrationsFor } from '../../src/persistence/migration-lists.js';
import { SchemaVersionError } from '../../src/persistence/schema-version-error.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

describe(`migrations (${TEST_DIALECT})`, () => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('apply every known migration to an empty database, once', async () => {
    test = await openTestDatabase({ migrate: false });
    const known = migrationsFor(TEST_DIALECT).map((m) => m.name);
    expect(known.length).toBeGreaterThan(0);
    expect(await migrateToLatest(test.db)).toEqual(known);
    expect(await executedMigrations(test.db)).toEqual(known);
    expect(await migrateToLatest(test.db)).toEqual([]);
  });

  it.each(['sqlite', 'postgresql'] as const)('cover every entity change on %s (no migration was forgotten)', async (dialect) => {
    const generator = await openMigrationGenerator(process.cwd(), dialect);
    try {
      expect(await generator.migrator.checkMigrationNeeded()).toBe(false);
    } finally {
      await generator.close();
    }
  });

  // SQLite's introspection does not read CHECK constraints back, so only PostgreSQL can compare
  // the migrated database itself with the entities.
  it.runIf(TEST_DIALECT === 'postgresql')('build exactly the schema the entities describe', async () => {
    test = await openTestDatabase();
    const diff = await test.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('refuse a database with a migration this build does not know, naming it and the latest known', async () => {
    test = await openTestDatabase();
    const known = migrationsFor(TEST_DIALECT).map((m) => m.name);
    await test.db.orm.em
      .getConnection()
      .getKnex()
      .insert({ name: 'Migration29991231235959_from_the_future', executed_at: new Date() })
      .into('mikro_orm_migrations');

    const refusal = assertSchemaNotNewer(test.db);
    await expect(refusal).rejects.toBeInstanceOf(SchemaVersionError);
    await expect(refusal).rejects.toThrow(
      `The database schema is at migration Migration29991231235959_from_the_future, newer than this Rolegate build knows (latest ${known.at(-1)}); upgrade Rolegate`,
    );
    await expect(migrateToLatest(test.db)).rejects.toBeInstanceOf(SchemaVersionError);
  });
});
