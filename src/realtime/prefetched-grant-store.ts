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

  /** A principal read up front, with its grants in the organization (ordered by scope id); undefined for any other. */
  prefetched(principalId: string): { readonly principal: Principal; readonly grants: readonly PlacedGrant[] } | undefined {
    const grants = this.grantsByPrincipal.get(principalId);
    const principal = this.principalsById.get(principalId);
    return grants && principal ? { principal, grants } : undefined;
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
