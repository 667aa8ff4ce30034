import type { Principal } from '../domain/principal.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { scopeKey, scopeOfChain } from '../domain/scope.js';
import type { GrantStore, PlacedGrant } from './grant-store.js';
import { resolveScope } from './scope-resolution.js';

/**
 * Store reads remembered for one batch of questions, so a batch asks the store once per distinct
 * scope, principal and (principal, chain). Lives for one call: the store may change between calls.
 */
export class AccessLookups {
  private readonly chains = new Map<string, Promise<ScopeChain>>();
  private readonly principalsById = new Map<string, Principal | undefined>();
  private readonly grants = new Map<string, Promise<PlacedGrant[]>>();

  constructor(private readonly store: GrantStore) {}

  chain(scope: ScopeRef): Promise<ScopeChain> {
    const key = scopeKey(scope);
    let chain = this.chains.get(key);
    if (!chain) {
      chain = resolveScope(this.store, scope);
      this.chains.set(key, chain);
    }
    return chain;
  }

  /** Fetches the principals not yet known in one store call. */
  async loadPrincipals(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.principalsById.has(id));
    if (missing.length === 0) return;
    const found = await this.store.principals(missing);
    for (const id of missing) this.principalsById.set(id, found.get(id));
  }

  async principal(id: string): Promise<Principal | undefined> {
    await this.loadPrincipals([id]);
    return this.principalsById.get(id);
  }

  grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    const key = `${principalId}|${scopeKey(scopeOfChain(chain))}`;
    let grants = this.grants.get(key);
    if (!grants) {
      grants = this.store.grantsAlongChain(principalId, chain);
      this.grants.set(key, grants);
    }
    return grants;
  }
}
