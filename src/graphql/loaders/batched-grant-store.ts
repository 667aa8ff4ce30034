import DataLoader from 'dataloader';
import { ForwardingGrantStore } from '../../authz/forwarding-grant-store.js';
import type { BatchGrantStore, PlacedGrant } from '../../authz/grant-store.js';
import { alongChain, byScope } from '../../authz/member-grants.js';
import type { Principal } from '../../domain/principal.js';
import { scopeKey, type ScopeChain, type ScopeRef } from '../../domain/scope.js';

interface Member {
  readonly principalId: string;
  readonly organizationId: string;
}

/**
 * One request's reads from the database, below the instance's grant cache. The point reads
 * (principals, scope chains, a principal's grants in an organization) asked anywhere in the
 * request in the same tick reach the database as one batch each (grants: one per organization),
 * and every answer is kept for the rest of the request: checking visibility and effective
 * permissions for N projects or members costs the same statements as for one, cache or no cache.
 * The listings (holders, scopes under, an organization's grants) are paginated or
 * whole-organization reads, asked once per query, and go straight to the database.
 *
 * Kept answers predate any change the request makes: call `forget()` after one. A change reads
 * through a `DatabaseGrantStore` over its own transaction, never through this store.
 */
export class BatchedGrantStore extends ForwardingGrantStore implements BatchGrantStore {
  private readonly principalById: DataLoader<string, Principal | undefined>;
  private readonly chainOfScope: DataLoader<ScopeRef, ScopeChain | undefined, string>;
  private readonly grantsOfMember: DataLoader<Member, readonly PlacedGrant[], string>;

  constructor(database: BatchGrantStore) {
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
    this.grantsOfMember = new DataLoader((members) => readMemberGrants(database, members), {
      cacheKeyFn: (m) => `${m.principalId}|${m.organizationId}`,
    });
  }

  override async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    const found = new Map<string, Principal>();
    for (const principal of await this.principalById.loadMany(ids)) {
      if (principal instanceof Error) throw principal;
      if (principal) found.set(principal.id, principal);
    }
    return found;
  }

  principalsInOrganization(ids: readonly string[]): Promise<Map<string, Principal>> {
    return this.principals(ids);
  }

  override scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    return this.chainOfScope.load(scope);
  }

  async scopeChains(scopes: readonly ScopeRef[]): Promise<Map<string, ScopeChain>> {
    const found = new Map<string, ScopeChain>();
    const chains = await Promise.all(scopes.map((scope) => this.chainOfScope.load(scope)));
    scopes.forEach((scope, i) => {
      if (chains[i]) found.set(scopeKey(scope), chains[i]);
    });
    return found;
  }

  override async grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    return alongChain(await this.grantsOfMember.load({ principalId, organizationId: chain.organizationId }), chain);
  }

  override async grantsInOrganization(principalId: string, organizationId: string): Promise<PlacedGrant[]> {
    return [...(await this.grantsOfMember.load({ principalId, organizationId }))].sort(byScope);
  }

  async grantsByPrincipalInOrganization(principalIds: readonly string[], organizationId: string): Promise<Map<string, readonly PlacedGrant[]>> {
    const ids = [...new Set(principalIds)];
    const grants = await Promise.all(ids.map((principalId) => this.grantsOfMember.load({ principalId, organizationId })));
    return new Map(ids.map((id, i) => [id, grants[i]!]));
  }

  /** Drops every kept answer: the next reads go to the database. */
  forget(): void {
    this.principalById.clearAll();
    this.chainOfScope.clearAll();
    this.grantsOfMember.clearAll();
  }
}

/** Each member's grants in its organization, ordered by scope id: one statement per organization asked about. */
async function readMemberGrants(database: BatchGrantStore, members: readonly Member[]): Promise<(readonly PlacedGrant[])[]> {
  const idsByOrganization = new Map<string, string[]>();
  for (const { principalId, organizationId } of members) {
    const ids = idsByOrganization.get(organizationId);
    if (ids) ids.push(principalId);
    else idsByOrganization.set(organizationId, [principalId]);
  }
  const held = new Map(await Promise.all([...idsByOrganization].map(async ([organizationId, ids]) => [organizationId, await database.grantsByPrincipalInOrganization(ids, organizationId)] as const)));
  return members.map((m) => held.get(m.organizationId)!.get(m.principalId)!);
}
