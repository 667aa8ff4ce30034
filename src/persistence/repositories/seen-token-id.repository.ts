import type { SqlEntityManager } from '@mikro-orm/knex';
import { SeenTokenId } from '../entities/seen-token-id.entity.js';

export class SeenTokenIdRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /**
   * Records the first use of a token id; returns false when it was already recorded (a replay).
   * One INSERT that ignores conflicts, so two gateways racing on the same token cannot both win
   * and no failed statement is left behind in a caller's transaction.
   */
  async recordFirstUse(principalId: string, jti: string, expiresAt: Date): Promise<boolean> {
    const result = await this.em
      .createQueryBuilder(SeenTokenId)
      .insert({ principalId, jti, expiresAt })
      .onConflict(['principalId', 'jti'])
      .ignore()
      .execute('run');
    return result.affectedRows > 0;
  }

  /** Forgets the ids of tokens expired by `now`: those tokens are refused for their expiry anyway. */
  async pruneExpired(now: Date): Promise<void> {
    await this.em.nativeDelete(SeenTokenId, { expiresAt: { $lt: now } });
  }
}
