import type { SqlEntityManager } from '@mikro-orm/knex';
import { isId } from '../../domain/ids.js';
import type { ServiceAccountKeyType } from '../../domain/service-account-keys.js';
import { chunks } from '../chunks.js';
import { ServiceAccountKey } from '../entities/service-account-key.entity.js';
import { conflictOnDuplicate } from './unique-violation.js';

export interface NewServiceAccountKey {
  readonly principalId: string;
  readonly keyType: ServiceAccountKeyType;
  readonly bits: number;
  readonly fingerprint: string;
  /** The public JWK, serialised. */
  readonly publicKeyJwk: string;
  readonly createdById: string | null;
}

/** What decides whether a service account's key still authenticates it (besides the token's own expiry). */
export interface KeyStanding {
  readonly accountDisabled: boolean;
  /** Whether the account still belongs to its organization. */
  readonly accountIsMember: boolean;
}

export class ServiceAccountKeyRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Registers a key; the same key twice on one account is a `ConflictError`. */
  async create(input: NewServiceAccountKey): Promise<ServiceAccountKey> {
    const key = this.em.create(ServiceAccountKey, {
      principal: input.principalId,
      keyType: input.keyType,
      bits: input.bits,
      fingerprint: input.fingerprint,
      publicKeyJwk: input.publicKeyJwk,
      createdBy: input.createdById,
    });
    return conflictOnDuplicate(
      async () => {
        await this.em.persist(key).flush();
        return key;
      },
      'This key is already registered for the service account.',
      { field: 'publicKey', fingerprint: input.fingerprint },
    );
  }

  /** The accounts' keys, oldest first. */
  async ofAccounts(principalIds: readonly string[]): Promise<ServiceAccountKey[]> {
    const found: ServiceAccountKey[] = [];
    for (const batch of chunks([...new Set(principalIds)])) {
      found.push(...(await this.em.find(ServiceAccountKey, { principal: { $in: batch } }, { orderBy: { createdAt: 'asc', id: 'asc' } })));
    }
    return found;
  }

  ofAccount(principalId: string): Promise<ServiceAccountKey[]> {
    return this.ofAccounts([principalId]);
  }

  /** The account's key a token's `kid` names: by key id or by fingerprint. */
  byReference(principalId: string, reference: string): Promise<ServiceAccountKey | null> {
    const byFingerprint = { principal: principalId, fingerprint: reference };
    if (!isId(reference)) return this.em.findOne(ServiceAccountKey, byFingerprint);
    return this.em.findOne(ServiceAccountKey, { $or: [{ principal: principalId, id: reference.toLowerCase() }, byFingerprint] });
  }

  byId(id: string): Promise<ServiceAccountKey | null> {
    return this.em.findOne(ServiceAccountKey, { id });
  }

  async remove(key: ServiceAccountKey): Promise<void> {
    await this.em.remove(key).flush();
  }

  /**
   * The standing of each of these keys, one statement per thousand keys and no entity hydrated:
   * open WebSocket connections are re-checked this way. Removed keys are absent.
   */
  async standings(ids: readonly string[]): Promise<Map<string, KeyStanding>> {
    const knex = this.em.getKnex();
    const standings = new Map<string, KeyStanding>();
    for (const batch of chunks([...new Set(ids)])) {
      const membership = knex('role_assignment as ra').select(knex.raw('1')).whereRaw('ra.principal_id = k.principal_id').andWhere('ra.scope_level', 'ORGANIZATION');
      const query = knex('service_account_key as k')
        .join('principal as p', 'p.id', 'k.principal_id')
        .select('k.id', 'p.disabled', knex.raw('exists ? as member', [membership]))
        .whereIn('k.id', batch);
      for (const row of await this.em.execute<{ id: string; disabled: boolean | number; member: boolean | number }[]>(query)) {
        standings.set(row.id, { accountDisabled: Boolean(row.disabled), accountIsMember: Boolean(row.member) });
      }
    }
    return standings;
  }

  /** Stamps a successful authentication: one UPDATE, nothing else flushed. */
  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(ServiceAccountKey, { id }, { lastUsedAt: at });
  }
}
