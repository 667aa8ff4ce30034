import type { Principal } from '../domain/principal.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import type { GrantStore, HoldersPage, HoldersQuery, PlacedGrant, ScopesPage, ScopesUnderQuery } from './grant-store.js';

/**
 * A store that answers from another one: the base of stores that keep or batch some answers
 * (per request, per feed batch) and forward every other read unchanged.
 */
export abstract class ForwardingGrantStore implements GrantStore {
  constructor(protected readonly source: GrantStore) {}

  principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    return this.source.principals(ids);
  }

  scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    return this.source.scopeChain(scope);
  }

  grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    return this.source.grantsAlongChain(principalId, chain);
  }

  holders(query: HoldersQuery): Promise<HoldersPage> {
    return this.source.holders(query);
  }

  grantsInOrganization(principalId: string, organizationId: string): Promise<PlacedGrant[]> {
    return this.source.grantsInOrganization(principalId, organizationId);
  }

  organizationGrants(organizationId: string): Promise<PlacedGrant[]> {
    return this.source.organizationGrants(organizationId);
  }

  scopesUnder(query: ScopesUnderQuery): Promise<ScopesPage> {
    return this.source.scopesUnder(query);
  }
}
