import { ForwardingGrantStore } from '../authz/forwarding-grant-store.js';
import type { BatchGrantStore, PlacedGrant } from '../authz/grant-store.js';
import { alongChain } from '../authz/member-grants.js';
import type { Principal } from '../domain/principal.js';
import { scopeKey, type ScopeChain, type ScopeRef } from '../domain/scope.js';

/**
 * The store for one batch of events in one organization (over the instance's grant cache), with
 * the grants of the principals the batch is about (the subscribers, and whose permissions they
 * watch) gathered up front: from the cache, and what it lacks in a few statements. The engine then
 * answers for ten thousand subscribers without a read each. Other principals and every other read
 * go to the store below; scope chains are asked for once.
 *
 * Built per batch and dropped after it: nothing here outlives the batch's EntityManager.
 */
export class PrefetchedGrantStore extends ForwardingGrantStore {
  private organizationId: string | undefined;
  private grantsByPrincipal = new Map<string, readonly PlacedGrant[]>();
  private principalsById = new Map<string, Principal>();
  private readonly chains = new Map<string, Promise<ScopeChain | undefined>>();
  /** Signature ids by the principal's kind and standing, then by its grants' signature. */
  private readonly signatureIds = new Map<string, Map<string, string>>();

  constructor(private readonly database: BatchGrantStore) {
    super(database);
  }

  /** Reads the principals and their grants in the organization, once, before the engine runs. */
  async prefetch(organizationId: string, principalIds: readonly string[]): Promise<void> {
    [this.principalsById, this.grantsByPrincipal] = await Promise.all([
      this.database.principalsInOrganization(principalIds, organizationId),
      this.database.grantsByPrincipalInOrganization(principalIds, organizationId),
    ]);
    this.organizationId = organizationId;
  }

  /**
   * What decides the engine's answers about a prefetched principal anywhere in the organization:
   * its kind, whether it is disabled, and its grants there. Principals with equal signatures get
   * equal answers, so a batch asks once per signature, not once per subscriber. Undefined for a
   * principal not read up front.
   */
  signatureOf(principalId: string): string | undefined {
    const grants = this.grantsByPrincipal.get(principalId);
    const principal = this.principalsById.get(principalId);
    if (!grants || !principal) return undefined;
    const standing = `${principal.kind}|${principal.disabled ? 'disabled' : 'enabled'}`;
    let ids = this.signatureIds.get(standing);
    if (!ids) {
      ids = new Map();
      this.signatureIds.set(standing, ids);
    }
    const ofGrants = grantsSignature(grants);
    let id = ids.get(ofGrants);
    if (id === undefined) {
      id = `${standing}#${ids.size}`;
      ids.set(ofGrants, id);
    }
    return id;
  }

  override async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    const missing = ids.filter((id) => !this.grantsByPrincipal.has(id));
    const found = missing.length > 0 ? await this.database.principals(missing) : new Map<string, Principal>();
    for (const id of ids) {
      const principal = this.principalsById.get(id);
      if (principal) found.set(id, principal);
    }
    return found;
  }

  override scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    const key = scopeKey(scope);
    let chain = this.chains.get(key);
    if (!chain) {
      chain = this.database.scopeChain(scope);
      this.chains.set(key, chain);
    }
    return chain;
  }

  override async grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    const grants = chain.organizationId === this.organizationId ? this.grantsByPrincipal.get(principalId) : undefined;
    return grants ? alongChain(grants, chain) : this.database.grantsAlongChain(principalId, chain);
  }
}

/**
 * The grants' signature, kept for as long as the list lives: the grant cache hands every batch the
 * same list until the principal's access changes, so ten thousand subscribers cost ten thousand
 * look-ups per batch rather than ten thousand strings built and hashed.
 */
const signaturesOfGrants = new WeakMap<readonly PlacedGrant[], string>();

/** Grants come ordered by scope id (`grantsByPrincipalInOrganization`), so equal sets give equal strings. */
function grantsSignature(grants: readonly PlacedGrant[]): string {
  let signature = signaturesOfGrants.get(grants);
  if (signature === undefined) {
    signature = grants.map((grant) => `${grant.role}@${grant.scope.id}`).join('|');
    signaturesOfGrants.set(grants, signature);
  }
  return signature;
}
