import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { chunks } from '../chunks.js';

/**
 * Entities with the given ids, in as few statements as the parameter limits allow (one for up
 * to 1000 ids): the batch function of a DataLoader. Missing ids are simply absent.
 */
export async function findByIds<T extends { id: string }>(em: SqlEntityManager, entity: EntityName<T>, ids: readonly string[]): Promise<T[]> {
  const found: T[] = [];
  for (const batch of chunks([...new Set(ids)])) {
    found.push(...(await em.find(entity, { id: { $in: batch } } as unknown as FilterQuery<T>)));
  }
  return found;
}
