import type { Principal } from '../domain/principal.js';
import { scopeKey, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import { ForwardingGrantStore } from './forwarding-grant-store.js';
import type { GrantCache } from './grant-cache.js';
import type { BatchGrantStore, PlacedGrant } from './grant-store.js';
import { alongChain, byScope } from './member-grants.js';

/**
 * A store that answers point reads from the instance's `GrantCache` and reads only what it lacks
 * from the store below (a request's batches over the database), keeping the answers for every
 * later reader: a hit costs neither a statement nor a batch. What the engine reads about
 * a principal is its grants in a whole organization, so one read serves every scope of it. The
 * listings (holders, scopes under, an organization's grants) go straight to the database.
 *
 * Build one per unit of work, over that unit's database store: reads inside an access change must
 * see the change's own writes, so a change reads through a database store, never through this one.
 */
export class CachedGrantStore extends ForwardingGrantStore implements BatchGrantStore {
  constructor(
    private readonly cache: GrantCache,
    private readonly database: BatchGrantStore,
  ) {
    super(database);
  }

  override principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    return this.cachedPrincipals(ids, (missing) => this.database.principals(missing));
  }

  principalsInOrganization(ids: readonly string[], organizationId: string): Promise<Map<string, Principal>> {
    return this.cachedPrincipals(ids, (missing) => this.database.principalsInOrganization(missing, organizationId));
  }

  // The point reads answer a hit with a settled promise and no async function: a request makes a
  // dozen of them, and each async frame costs promises (and Node's promise hooks) of its own.
  override scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    const key = scopeKey(scope);
    const chain = this.cache.chain(key);
    if (chain) return Promise.resolve(chain);
    return this.scopeChains([scope]).then((chains) => chains.get(key));
  }

  async scopeChains(scopes: readonly ScopeRef[]): Promise<Map<string, ScopeChain>> {
    const found = new Map<string, ScopeChain>();
    const missing: ScopeRef[] = [];
    for (const scope of scopes) {
      const key = scopeKey(scope);
      const chain = this.cache.chain(key);
      if (chain) found.set(key, chain);
      else missing.push(scope);
    }
    if (missing.length === 0) return found;
    for (const [key, chain] of await this.database.scopeChains(missing)) {
      this.cache.keepChain(key, chain);
      found.set(key, chain);
    }
    return found;
  }

  override grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    const held = this.cache.grants(principalId, chain.organizationId);
    if (held) return Promise.resolve(alongChain(held, chain));
    return this.grantsByPrincipalInOrganization([principalId], chain.organizationId).then((read) => alongChain(read.get(principalId)!, chain));
  }

  override async grantsInOrganization(principalId: string, organizationId: string): Promise<PlacedGrant[]> {
    const grants = (await this.grantsByPrincipalInOrganization([principalId], organizationId)).get(principalId)!;
    return [...grants].sort(byScope);
  }

  /** One statement (through the store below) for all those not cached. */
  async grantsByPrincipalInOrganization(principalIds: readonly string[], organizationId: string): Promise<Map<string, readonly PlacedGrant[]>> {
    const held = new Map<string, readonly PlacedGrant[]>();
    const missing: string[] = [];
    for (const id of new Set(principalIds)) {
      const grants = this.cache.grants(id, organizationId);
      if (grants) held.set(id, grants);
      else missing.push(id);
    }
    if (missing.length === 0) return held;
    const readSince = this.cache.generation;
    for (const [id, grants] of await this.database.grantsByPrincipalInOrganization(missing, organizationId)) {
      this.cache.keepGrants(id, organizationId, grants, readSince);
      held.set(id, grants);
    }
    return held;
  }

  private cachedPrincipals(ids: readonly string[], read: (missing: string[]) => Promise<Map<string, Principal>>): Promise<Map<string, Principal>> {
    const found = new Map<string, Principal>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const principal = this.cache.principal(id);
      if (principal) found.set(id, principal);
      else missing.push(id);
    }
    return missing.length === 0 ? Promise.resolve(found) : this.readPrincipals(found, missing, read);
  }

  private async readPrincipals(found: Map<string, Principal>, missing: string[], read: (missing: string[]) => Promise<Map<string, Principal>>): Promise<Map<string, Principal>> {
    const readSince = this.cache.generation;
    for (const [id, principal] of await read(missing)) {
      this.cache.keepPrincipal(principal, readSince);
      found.set(id, principal);
    }
    return found;
  }
}
