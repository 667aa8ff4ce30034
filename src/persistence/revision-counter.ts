import type { SqlEntityManager } from '@mikro-orm/knex';
import { PreparedRead } from './prepared-read.js';

const COUNTER_ID = 1;

/**
 * Increments the revision counter and returns the new value. The upsert creates the row on the
 * first change, and its row lock, held until the transaction ends, queues every other writer:
 * that is what makes revisions gap-free and committed in order. Call it only inside a transaction.
 */
export async function allocateRevision(tx: SqlEntityManager): Promise<number> {
  const knex = tx.getKnex();
  const upsert = knex('revision_counter')
    .insert({ id: COUNTER_ID, value: 1 })
    .onConflict('id')
    .merge({ value: knex.raw('?? + 1', ['revision_counter.value']) })
    .returning('value');
  const rows = await tx.execute<{ value: string | number }[]>(upsert);
  return Number(rows[0]!.value);
}

/** Gives back the revision just allocated by this transaction, which still holds the lock. */
export async function releaseRevision(tx: SqlEntityManager): Promise<void> {
  await tx.execute(tx.getKnex()('revision_counter').where({ id: COUNTER_ID }).decrement('value', 1), [], 'run');
}

const revisionRead = new PreparedRead<{ value: string | number }>('current_revision', 0, (knex) => knex('revision_counter').select('value').where({ id: COUNTER_ID }));

/** The last committed revision; 0 before the first change. Every request reads it: a prepared read. */
export async function currentRevision(em: SqlEntityManager): Promise<number> {
  const rows = await revisionRead.all(em);
  return rows.length === 0 ? 0 : Number(rows[0]!.value);
}
