import DataLoader from 'dataloader';
import { ForwardingGrantStore } from '../../authz/forwarding-grant-store.js';
import type { PlacedGrant } from '../../authz/grant-store.js';
import type { Principal } from '../../domain/principal.js';
import { scopeKey, scopeOfChain, type ScopeChain, type ScopeRef } from '../../domain/scope.js';
import type { DatabaseGrantStore, PrincipalOnChain } from '../../persistence/database-grant-store.js';

/**
 * One request's grant store. The engine's point reads (principals, scope chains, a principal's
 * grants along a chain) asked anywhere in the request in the same tick reach the database as one
 * batch each, and every answer is kept for the rest of the request: checking visibility and
 * effective permissions for N projects or members costs the same statements as for one. The
 * listings (holders, scopes under, an organization's grants) are paginated or whole-organization
 * reads, asked once per query, and go straight to the database.
 *
 * Kept answers predate any change the request makes: call `forget()` after one. A change reads
 * through a `DatabaseGrantStore` over its own transaction, never through this store.
 */
export class BatchedGrantStore extends ForwardingGrantStore {
  private readonly principalById: DataLoader<string, Principal | undefined>;
  private readonly chainOfScope: DataLoader<ScopeRef, ScopeChain | undefined, string>;
  private readonly grantsOnChain: DataLoader<PrincipalOnChain, PlacedGrant[], string>;

  constructor(database: DatabaseGrantStore) {
    super(database);
    this.principalById = new DataLoader(async (ids) => {
      const found = await database.principals(ids);
      return ids.map((id) => found.get(id));
    });
    this.chainOfScope = new DataLoader(
      async (scopes) => {
        const found = await database.scopeChains(scopes);
        return scopes.map((scope) => found.get(scopeKey(scope)));
      },
      { cacheKeyFn: scopeKey },
    );
    this.grantsOnChain = new DataLoader((questions) => database.grantsAlongChains(questions), {
      cacheKeyFn: (q) => `${q.principalId}|${scopeKey(scopeOfChain(q.chain))}`,
    });
  }

  override async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    const found = new Map<string, Principal>();
    for (const principal of await Promise.all(ids.map((id) => this.principalById.load(id)))) {
      if (principal) found.set(principal.id, principal);
    }
    return found;
  }

  override scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    return this.chainOfScope.load(scope);
  }

  override grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    return this.grantsOnChain.load({ principalId, chain });
  }

  /** Drops every kept answer: the next reads go to the database. */
  forget(): void {
    this.principalById.clearAll();
    this.chainOfScope.clearAll();
    this.grantsOnChain.clearAll();
  }
}
