import type { SqlEntityManager } from '@mikro-orm/knex';
import type { GrantCache } from '../authz/grant-cache.js';
import { AccessEventRepository } from './repositories/access-event.repository.js';
import { currentRevision } from './revision-counter.js';

/**
 * Keeps an instance's grant cache as current as the database for each reader: before a request
 * reads through the cache, `catchUp` reads the current revision (one statement) and, when other
 * writers (another instance, the CLI) have moved it, whose access the new revisions changed (one
 * more), and forgets that (everything, past `CHANGED_ACCESS_LIMIT` principals). Revocations made
 * anywhere therefore apply to the next request on every instance. Catch-ups run one at a time,
 * each from where the last one ended.
 */
export class GrantCacheSync {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly cache: GrantCache) {}

  async catchUp(em: SqlEntityManager): Promise<void> {
    const current = await currentRevision(em);
    if (current <= this.cache.revision) return;
    const done = this.queue.then(() => this.advance(em, current));
    this.queue = done.catch(() => undefined);
    await done;
  }

  private async advance(em: SqlEntityManager, upTo: number): Promise<void> {
    const after = this.cache.revision;
    if (upTo <= after) return;
    const changed = await new AccessEventRepository(em).accessChangedBetween(after, upTo);
    if (changed === undefined) this.cache.reset(upTo);
    else this.cache.advance(upTo, changed);
  }
}
