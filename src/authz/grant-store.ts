import type { Grant } from '../domain/grant.js';
import type { Principal } from '../domain/principal.js';
import type { RoleKey } from '../domain/role-tables.js';
import type { ScopeChain, ScopeLevel, ScopeRef } from '../domain/scope.js';

/** A grant together with the chain of the scope it is held at (for prerequisite checks). */
export interface PlacedGrant extends Grant {
  readonly chain: ScopeChain;
}

export interface HoldersQuery {
  /** Roles to look for. */
  readonly roles: readonly RoleKey[];
  /** The chain whose scopes (organization, project, environment) the roles may be held at. */
  readonly chain: ScopeChain;
  /** Only principals whose id sorts after this one (keyset pagination). */
  readonly afterPrincipalId?: string;
  /** At most this many distinct principals. */
  readonly limit: number;
}

export interface HoldersPage {
  /** Distinct principals ordered by id, each with ALL its grants along `chain` (not only the matching ones). */
  readonly holders: readonly { readonly principalId: string; readonly grants: readonly PlacedGrant[] }[];
  /** Whether principals beyond the page hold one of the roles. */
  readonly hasMore: boolean;
}

export interface ScopesUnderQuery {
  /**
   * Parent scopes: the result holds every scope of `level` inside any of them. A parent at
   * `level` itself stands for itself.
   */
  readonly parents: readonly ScopeRef[];
  readonly level: ScopeLevel;
  readonly afterId?: string;
  readonly limit: number;
}

export interface ScopesPage {
  /** Chains of the matching scopes ordered by the innermost scope's id. */
  readonly scopes: readonly ScopeChain[];
  readonly hasMore: boolean;
}

/**
 * What the permission engine reads. Two adapters implement it: the in-memory store
 * (`memory-grant-store.ts`) and the database store (`persistence/`). A request reads through the
 * instance's grant cache (`cached-grant-store.ts`) over batches of the database store that it
 * remembers for the request (`graphql/loaders/batched-grant-store.ts`). All of them pass
 * `test/authz/grant-store.contract.ts`. Implementations return plain data and never throw for
 * missing rows: absence is `undefined` or an empty list.
 */
export interface GrantStore {
  /** The principals with these ids that exist. */
  principals(ids: readonly string[]): Promise<Map<string, Principal>>;

  /** The chain of enclosing scopes of `scope`, or undefined when the scope does not exist. */
  scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined>;

  /** The principal's grants at each scope of the chain (at most one per scope). */
  grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]>;

  /** Principals holding any of the roles somewhere along a chain; keyset-paginated by principal id. */
  holders(query: HoldersQuery): Promise<HoldersPage>;

  /** Every grant the principal holds in the organization: at it, its projects and their environments. */
  grantsInOrganization(principalId: string, organizationId: string): Promise<PlacedGrant[]>;

  /** Every grant held in the organization, by anyone. */
  organizationGrants(organizationId: string): Promise<PlacedGrant[]>;

  /** Scopes of one level inside any of the given parents; keyset-paginated by id. */
  scopesUnder(query: ScopesUnderQuery): Promise<ScopesPage>;
}

/**
 * A store that also answers many point reads at once: the database store, and the instance's
 * grant cache over it. A request's loaders and the live feed gather their questions into these.
 */
export interface BatchGrantStore extends GrantStore {
  /** The chains of many scopes, keyed by `scopeKey`; scopes that do not exist are absent. */
  scopeChains(scopes: readonly ScopeRef[]): Promise<Map<string, ScopeChain>>;

  /** Each of these principals' grants in the organization, ordered by scope id (empty for one holding none there). */
  grantsByPrincipalInOrganization(principalIds: readonly string[], organizationId: string): Promise<Map<string, readonly PlacedGrant[]>>;

  /** The principals with these ids that exist, for many members of one organization. */
  principalsInOrganization(ids: readonly string[], organizationId: string): Promise<Map<string, Principal>>;
}
