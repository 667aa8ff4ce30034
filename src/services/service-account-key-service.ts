import { acceptPublicKey } from '../auth/public-key.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { MAX_KEYS_PER_SERVICE_ACCOUNT } from '../domain/service-account-keys.js';
import type { ServiceAccountKey } from '../persistence/entities/service-account-key.entity.js';
import { ServiceAccountKeyRepository } from '../persistence/repositories/service-account-key.repository.js';
import type { ChangeResult } from './change-result.js';
import { requireId } from './input.js';
import type { ServiceContext } from './service-context.js';
import { manageableServiceAccount, visibleServiceAccount } from './service-account-lookup.js';

/**
 * The public keys a service account signs its tokens with: at most two, so a key is rotated with
 * no downtime (register the new key, move the jobs over, remove the old one). Only an Org Admin
 * of the account's organization registers or removes them; each change is an access event.
 */
export class ServiceAccountKeyService {
  constructor(private readonly ctx: ServiceContext) {}

  async register(serviceAccountId: string, publicKey: string): Promise<ChangeResult<ServiceAccountKey>> {
    const accountId = requireId(serviceAccountId, 'serviceAccountId');
    const accepted = await acceptPublicKey(publicKey);
    const account = await manageableServiceAccount(this.ctx, accountId);
    const committed = await this.ctx.change(async (change) => {
      const keys = new ServiceAccountKeyRepository(change.em);
      const held = await keys.ofAccount(account.id);
      if (held.some((k) => k.fingerprint === accepted.fingerprint)) {
        throw new ConflictError('This key is already registered for the service account.', { fingerprint: accepted.fingerprint });
      }
      if (held.length >= MAX_KEYS_PER_SERVICE_ACCOUNT) {
        throw new ConflictError(
          `A service account holds at most ${MAX_KEYS_PER_SERVICE_ACCOUNT} keys; remove one (the one being rotated out) before registering another.`,
          { limit: MAX_KEYS_PER_SERVICE_ACCOUNT, keyIds: held.map((k) => k.id) },
        );
      }
      const key = await keys.create({
        principalId: account.id,
        keyType: accepted.keyType,
        bits: accepted.bits,
        fingerprint: accepted.fingerprint,
        publicKeyJwk: JSON.stringify(accepted.jwk),
        createdById: this.ctx.viewer.principalId,
      });
      change.record({ kind: 'SERVICE_ACCOUNT_KEY_REGISTERED', organizationId: account.organization!.id, principalId: account.id, keyId: key.id });
      return key;
    });
    return { revision: committed.revision!, changes: [], value: committed.result };
  }

  /** Removes a key: tokens signed with it stop working at once, whatever their expiry. */
  async remove(id: string): Promise<ChangeResult<ServiceAccountKey>> {
    const keyId = requireId(id, 'id');
    const account = await manageableServiceAccount(this.ctx, await this.ownerOf(keyId)).catch((error: unknown) => {
      throw error instanceof NotFoundError ? NotFoundError.of('service account key', keyId) : error;
    });
    const committed = await this.ctx.change(async (change) => {
      const keys = new ServiceAccountKeyRepository(change.em);
      const key = (await keys.ofAccount(account.id)).find((k) => k.id === keyId);
      if (!key) throw NotFoundError.of('service account key', keyId);
      await keys.remove(key);
      change.record({ kind: 'SERVICE_ACCOUNT_KEY_REMOVED', organizationId: account.organization!.id, principalId: account.id, keyId });
      return key;
    });
    return { revision: committed.revision!, changes: [], value: committed.result };
  }

  /** The keys of a service account the caller may see. */
  async list(serviceAccountId: string): Promise<ServiceAccountKey[]> {
    const account = await visibleServiceAccount(this.ctx, requireId(serviceAccountId, 'serviceAccountId'));
    return new ServiceAccountKeyRepository(this.ctx.em).ofAccount(account.id);
  }

  /** The account owning the key; an unknown key is NOT_FOUND like a hidden one. */
  private async ownerOf(keyId: string): Promise<string> {
    const key = await new ServiceAccountKeyRepository(this.ctx.em).byId(keyId);
    if (!key) throw NotFoundError.of('service account key', keyId);
    return key.principal.id;
  }
}
