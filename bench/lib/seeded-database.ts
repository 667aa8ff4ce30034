import { migrateToLatest } from '../../src/persistence/migrate.js';
import { openDatabase } from '../../src/persistence/orm.js';
import type { Dialect } from '../../src/persistence/orm-options.js';
import { generateSeedDataset, type SeedDataset } from '../../src/persistence/seed/seed-dataset.js';
import type { SeedOptions } from '../../src/persistence/seed/seed-options.js';
import { seedOrganization, type SeedResult } from '../../src/services/seed-service.js';
import { roundSensibly } from './format.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

export interface SeededDatabase {
  readonly database: ThrowawayDatabase;
  /** The organization as generated: the same seed gives the ids the database holds. */
  readonly dataset: SeedDataset;
  readonly seeded: SeedResult;
  /** Wall-clock and this process's CPU seconds the seeding took (the database server's CPU not included). */
  readonly seedSeconds: number;
  readonly seedCpuSeconds: number;
}

/** The scale of an organization with `grants` grants: ten grants per principal, three environments per project. */
export function organizationOfSize(grants: number, seed: number): SeedOptions {
  return { principals: grants / 10, projects: grants / 100, environments: (grants / 100) * 3, grants, seed, organizationName: `bench ${grants}` };
}

/**
 * A throwaway database of the dialect, migrated and holding the organization `options` describe,
 * written by `rolegate seed`'s use case. Its connections are closed again: the caller opens its own.
 */
export async function seedThrowawayDatabase(dialect: Dialect, options: SeedOptions): Promise<SeededDatabase> {
  const database = await createThrowawayDatabase(dialect);
  try {
    const db = await openDatabase(database.config);
    try {
      await migrateToLatest(db);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const seeded = await seedOrganization(db.fork(), options);
      const used = process.cpuUsage(cpu);
      const result = {
        database,
        dataset: generateSeedDataset(options),
        seeded,
        seedSeconds: (performance.now() - started) / 1000,
        seedCpuSeconds: (used.user + used.system) / 1e6,
      };
      console.log(
        `${dialect}: seeded ${options.grants} grants (${options.principals} principals, ${options.projects} projects, ` +
          `${options.environments} environments) and ${seeded.counts.events} events in ${roundSensibly(result.seedSeconds)} s ` +
          `(${roundSensibly(result.seedCpuSeconds)} s CPU in this process)`,
      );
      return result;
    } finally {
      await db.close();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
}
