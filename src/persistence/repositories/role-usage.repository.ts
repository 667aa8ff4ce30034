import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RoleKey } from '../../domain/role-tables.js';
import { chunks } from '../chunks.js';
import { RoleUsage } from '../entities/role-usage.entity.js';

export interface RoleUse {
  readonly principalId: string;
  readonly scopeId: string;
  readonly role: RoleKey;
}

export class RoleUsageRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Stamps each role as used at `at`: one upsert per call, whatever the count. */
  async stamp(uses: readonly RoleUse[], at: Date): Promise<void> {
    if (uses.length === 0) return;
    const unique = [...new Map(uses.map((u) => [`${u.principalId}/${u.scopeId}/${u.role}`, u])).values()];
    await this.em
      .createQueryBuilder(RoleUsage)
      .insert(unique.map((u) => ({ ...u, lastUsedAt: at })))
      .onConflict(['principalId', 'scopeId', 'role'])
      .merge(['lastUsedAt'])
      .execute('run');
  }

  async ofPrincipals(principalIds: readonly string[]): Promise<RoleUsage[]> {
    const found: RoleUsage[] = [];
    for (const batch of chunks([...new Set(principalIds)])) found.push(...(await this.em.find(RoleUsage, { principalId: { $in: batch } })));
    return found;
  }
}
