import type { Principal } from '../domain/principal.js';
import type { ScopeChain } from '../domain/scope.js';
import type { PlacedGrant } from './grant-store.js';
import { LruMap } from './lru-map.js';

/** What one recorded access change names: whose access changed, and in which organization. */
export interface ChangedAccess {
  readonly principalId: string | null;
  readonly organizationId: string | null;
}

/**
 * One gateway instance's memory of what the permission engine reads, shared by its requests and
 * its live feed: principals, scope chains, and each principal's grants in an organization (the
 * least recently used dropped beyond `capacity` of each; 0 keeps nothing).
 *
 * The event log keeps it true. Every change to a grant or a principal records an event naming the
 * principal, so forgetting what each event names is enough; scopes are never moved or deleted, so
 * a chain, once read, stays true (absence is never kept: a scope may be created). `revision` is the
 * last revision whose changes have been forgotten: a reader that has brought it up to the
 * database's current revision reads nothing older than that revision.
 *
 * A read from the database that overlapped a forgetting may predate the change forgotten, so the
 * cache keeps an answer only if nothing was forgotten since the read began (`generation`).
 */
export class GrantCache {
  private readonly principalsById: LruMap<string, Principal>;
  private readonly chainsByScope: LruMap<string, ScopeChain>;
  /** Each principal's grants, by organization, ordered by scope id. */
  private readonly grantsByPrincipal: LruMap<string, Map<string, readonly PlacedGrant[]>>;
  private forgottenUpTo = 0;
  private forgettings = 0;

  constructor(readonly capacity: number) {
    this.principalsById = new LruMap(capacity);
    this.chainsByScope = new LruMap(capacity);
    this.grantsByPrincipal = new LruMap(capacity);
  }

  /** Every change up to this revision has been forgotten. */
  get revision(): number {
    return this.forgottenUpTo;
  }

  /** Moves whenever anything is forgotten: take it before a read, give it back when keeping the answer. */
  get generation(): number {
    return this.forgettings;
  }

  principal(id: string): Principal | undefined {
    return this.principalsById.get(id);
  }

  chain(scopeKey: string): ScopeChain | undefined {
    return this.chainsByScope.get(scopeKey);
  }

  /** The principal's grants in the organization, ordered by scope id (empty: none), if known. */
  grants(principalId: string, organizationId: string): readonly PlacedGrant[] | undefined {
    return this.grantsByPrincipal.get(principalId)?.get(organizationId);
  }

  keepPrincipal(principal: Principal, readSince: number): void {
    if (readSince === this.forgettings) this.principalsById.set(principal.id, principal);
  }

  /** Chains never change, so any read of one may be kept. */
  keepChain(scopeKey: string, chain: ScopeChain): void {
    this.chainsByScope.set(scopeKey, chain);
  }

  keepGrants(principalId: string, organizationId: string, grants: readonly PlacedGrant[], readSince: number): void {
    if (readSince !== this.forgettings) return;
    let byOrganization = this.grantsByPrincipal.get(principalId);
    if (!byOrganization) {
      byOrganization = new Map();
      this.grantsByPrincipal.set(principalId, byOrganization);
    }
    byOrganization.set(organizationId, grants);
  }

  /** Drops whatever these changes may have made untrue: the principals they name, with their grants. */
  forget(changes: Iterable<ChangedAccess>): void {
    this.forgettings++;
    for (const change of changes) {
      if (change.principalId === null) continue;
      this.principalsById.delete(change.principalId);
      this.grantsByPrincipal.delete(change.principalId);
    }
  }

  /**
   * Forgets the changes of one committed revision; when it is the next one, the cache then stands
   * at it (a single instance never has to read its own changes back from the log).
   */
  committed(revision: number, changes: Iterable<ChangedAccess>): void {
    this.forget(changes);
    if (revision === this.forgottenUpTo + 1) this.forgottenUpTo = revision;
  }

  /** Forgets the changes of the revisions after `revision` up to `upTo`, which must be all of them. */
  advance(upTo: number, changes: Iterable<ChangedAccess>): void {
    this.forget(changes);
    this.forgottenUpTo = Math.max(this.forgottenUpTo, upTo);
  }

  /** Forgets everything but the chains: for a gap too long to read change by change. */
  reset(upTo: number): void {
    this.forgettings++;
    this.principalsById.clear();
    this.grantsByPrincipal.clear();
    this.forgottenUpTo = Math.max(this.forgottenUpTo, upTo);
  }
}
