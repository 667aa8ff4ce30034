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

  /** Stamps a successful authentication: one UPDATE, nothing else flushed. */
  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(ServiceAccountKey, { id }, { lastUsedAt: at });
  }
}
