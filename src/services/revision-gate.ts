import type { SqlEntityManager } from '@mikro-orm/knex';
import { InvalidInputError } from '../domain/errors.js';
import { currentRevision } from '../persistence/revision-counter.js';

const WAIT_MS = 2_000;
const POLL_MS = 25;

/**
 * `atLeastRevision`: a client that wrote through one gateway reads through another no older than
 * its write. A gateway reads its own writes at once (one database); the wait covers a database
 * still catching up, and a revision that never arrives is refused rather than served stale.
 */
export async function awaitRevision(em: SqlEntityManager, atLeast: number | undefined): Promise<void> {
  if (atLeast === undefined) return;
  if (!Number.isInteger(atLeast) || atLeast < 0) throw new InvalidInputError('atLeastRevision must be a non-negative integer.');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const current = await currentRevision(em);
    if (current >= atLeast) return;
    if (Date.now() >= deadline) {
      throw new InvalidInputError(`Revision ${atLeast} has not been committed (the latest is ${current}).`, { atLeastRevision: atLeast, currentRevision: current });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
