import type { Grant } from '../domain/grant.js';
import { NotFoundError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import type { RoleKey } from '../domain/role-tables.js';
import type { ScopeChain, ScopeLevel, ScopeRef } from '../domain/scope.js';
import { scopesOfChain } from '../domain/scope.js';
import type { AccessSnapshot } from './access-snapshot.js';
import type { GrantStore, HoldersPage, HoldersQuery, PlacedGrant, ScopesPage, ScopesUnderQuery } from './grant-store.js';
import { mergeAfter, SortedIdSet } from './sorted-ids.js';

interface OrganizationNode {
  readonly chain: ScopeChain;
  readonly projects: SortedIdSet;
  readonly environments: SortedIdSet;
}

interface ProjectNode {
  readonly chain: ScopeChain;
  readonly environments: SortedIdSet;
}

interface EnvironmentNode {
  readonly chain: ScopeChain;
}

/** One principal's grants in one organization, by level, so a chain is read in three look-ups. */
interface OrganizationGrants {
  organization: PlacedGrant | undefined;
  readonly projects: Map<string, PlacedGrant>;
  readonly environments: Map<string, PlacedGrant>;
}

type HolderIndex = Map<string, Map<RoleKey, SortedIdSet>>;

/**
 * The grant store in memory, indexed so that every read costs the depth of the chain or the size
 * of its result: tests, fixtures and the benchmark run the engine on it.
 */
export class MemoryGrantStore implements GrantStore {
  private readonly organizations = new Map<string, OrganizationNode>();
  private readonly projects = new Map<string, ProjectNode>();
  private readonly environments = new Map<string, EnvironmentNode>();
  private readonly principalsById = new Map<string, Principal>();
  private readonly grantsByPrincipal = new Map<string, Map<string, OrganizationGrants>>();
  private readonly grantsByOrganization = new Map<string, Set<PlacedGrant>>();
  private readonly holdersByLevel: Record<ScopeLevel, HolderIndex> = {
    ORGANIZATION: new Map(),
    PROJECT: new Map(),
    ENVIRONMENT: new Map(),
  };

  constructor(snapshot?: AccessSnapshot) {
    if (!snapshot) return;
    for (const o of snapshot.organizations) this.addOrganization(o.id);
    for (const p of snapshot.projects) this.addProject(p.id, p.organizationId);
    for (const e of snapshot.environments) this.addEnvironment(e.id, e.projectId);
    for (const p of snapshot.principals) this.addPrincipal(p);
    for (const g of snapshot.grants) this.setGrant(g);
  }

  addOrganization(id: string): void {
    if (this.organizations.has(id)) return;
    this.organizations.set(id, { chain: { organizationId: id }, projects: new SortedIdSet(), environments: new SortedIdSet() });
  }

  addProject(id: string, organizationId: string): void {
    const organization = this.organizations.get(organizationId);
    if (!organization) throw NotFoundError.of('organization', organizationId);
    organization.projects.add(id);
    this.projects.set(id, { chain: { organizationId, projectId: id }, environments: new SortedIdSet() });
  }

  addEnvironment(id: string, projectId: string): void {
    const project = this.projects.get(projectId);
    if (!project) throw NotFoundError.of('project', projectId);
    const organizationId = project.chain.organizationId;
    project.environments.add(id);
    this.organizations.get(organizationId)!.environments.add(id);
    this.environments.set(id, { chain: { organizationId, projectId, environmentId: id } });
  }

  /** Adds the principal, or replaces it (to enable or disable it). */
  addPrincipal(principal: Principal): void {
    this.principalsById.set(principal.id, principal);
  }

  /** Gives the principal `grant.role` at the scope, replacing the role it held there. */
  setGrant(grant: Grant): void {
    const chain = this.chainOf(grant.scope);
    if (!chain) throw NotFoundError.of(grant.scope.level.toLowerCase(), grant.scope.id);
    this.removeGrant(grant.principalId, grant.scope);
    const placed: PlacedGrant = { principalId: grant.principalId, scope: grant.scope, role: grant.role, chain };
    const own = this.organizationGrantsOf(grant.principalId, chain.organizationId, true)!;
    if (grant.scope.level === 'ORGANIZATION') own.organization = placed;
    else this.levelMap(own, grant.scope.level).set(grant.scope.id, placed);
    this.ensure(this.grantsByOrganization, chain.organizationId, () => new Set()).add(placed);
    this.holderSet(grant.scope, grant.role, true)!.add(grant.principalId);
  }

  removeGrant(principalId: string, scope: ScopeRef): void {
    const chain = this.chainOf(scope);
    const own = chain && this.organizationGrantsOf(principalId, chain.organizationId, false);
    if (!own) return;
    const placed = this.placedAt(own, scope);
    if (!placed) return;
    if (scope.level === 'ORGANIZATION') own.organization = undefined;
    else this.levelMap(own, scope.level).delete(scope.id);
    this.grantsByOrganization.get(chain.organizationId)!.delete(placed);
    this.holderSet(scope, placed.role, false)!.delete(principalId);
  }

  async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    const found = new Map<string, Principal>();
    for (const id of ids) {
      const principal = this.principalsById.get(id);
      if (principal) found.set(id, principal);
    }
    return found;
  }

  async scopeChain(scope: ScopeRef): Promise<ScopeChain | undefined> {
    return this.chainOf(scope);
  }

  async grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    return this.alongChain(principalId, chain);
  }

  async holders(query: HoldersQuery): Promise<HoldersPage> {
    const lists: (readonly string[])[] = [];
    for (const scope of scopesOfChain(query.chain)) {
      const byRole = this.holdersByLevel[scope.level].get(scope.id);
      if (!byRole) continue;
      for (const role of query.roles) {
        const set = byRole.get(role);
        if (set) lists.push(set.sorted());
      }
    }
    const { ids, hasMore } = mergeAfter(lists, query.afterPrincipalId, query.limit);
    return { holders: ids.map((principalId) => ({ principalId, grants: this.alongChain(principalId, query.chain) })), hasMore };
  }

  async grantsInOrganization(principalId: string, organizationId: string): Promise<PlacedGrant[]> {
    const own = this.organizationGrantsOf(principalId, organizationId, false);
    if (!own) return [];
    const grants = own.organization ? [own.organization] : [];
    return grants.concat([...own.projects.values()], [...own.environments.values()]);
  }

  async organizationGrants(organizationId: string): Promise<PlacedGrant[]> {
    return [...(this.grantsByOrganization.get(organizationId) ?? [])];
  }

  async scopesUnder(query: ScopesUnderQuery): Promise<ScopesPage> {
    const lists = query.parents.map((parent) => this.idsUnder(parent, query.level));
    const { ids, hasMore } = mergeAfter(lists, query.afterId, query.limit);
    return { scopes: ids.map((id) => this.chainOf({ level: query.level, id })!), hasMore };
  }

  private idsUnder(parent: ScopeRef, level: ScopeLevel): readonly string[] {
    if (parent.level === level) return this.chainOf(parent) ? [parent.id] : [];
    if (level === 'PROJECT' && parent.level === 'ORGANIZATION') return this.organizations.get(parent.id)?.projects.sorted() ?? [];
    if (level !== 'ENVIRONMENT') return [];
    const container = parent.level === 'ORGANIZATION' ? this.organizations.get(parent.id) : this.projects.get(parent.id);
    return container?.environments.sorted() ?? [];
  }

  private alongChain(principalId: string, chain: ScopeChain): PlacedGrant[] {
    const own = this.organizationGrantsOf(principalId, chain.organizationId, false);
    if (!own) return [];
    const grants: PlacedGrant[] = [];
    if (own.organization) grants.push(own.organization);
    const project = chain.projectId === undefined ? undefined : own.projects.get(chain.projectId);
    if (project) grants.push(project);
    const environment = chain.environmentId === undefined ? undefined : own.environments.get(chain.environmentId);
    if (environment) grants.push(environment);
    return grants;
  }

  private chainOf(scope: ScopeRef): ScopeChain | undefined {
    switch (scope.level) {
      case 'ORGANIZATION':
        return this.organizations.get(scope.id)?.chain;
      case 'PROJECT':
        return this.projects.get(scope.id)?.chain;
      case 'ENVIRONMENT':
        return this.environments.get(scope.id)?.chain;
    }
  }

  private placedAt(own: OrganizationGrants, scope: ScopeRef): PlacedGrant | undefined {
    return scope.level === 'ORGANIZATION' ? own.organization : this.levelMap(own, scope.level).get(scope.id);
  }

  private levelMap(own: OrganizationGrants, level: 'PROJECT' | 'ENVIRONMENT'): Map<string, PlacedGrant> {
    return level === 'PROJECT' ? own.projects : own.environments;
  }

  private organizationGrantsOf(principalId: string, organizationId: string, create: boolean): OrganizationGrants | undefined {
    const byOrganization = create
      ? this.ensure(this.grantsByPrincipal, principalId, () => new Map<string, OrganizationGrants>())
      : this.grantsByPrincipal.get(principalId);
    if (!byOrganization || !create) return byOrganization?.get(organizationId);
    return this.ensure(byOrganization, organizationId, () => ({ organization: undefined, projects: new Map(), environments: new Map() }));
  }

  private holderSet(scope: ScopeRef, role: RoleKey, create: boolean): SortedIdSet | undefined {
    const index = this.holdersByLevel[scope.level];
    if (!create) return index.get(scope.id)?.get(role);
    const byRole = this.ensure(index, scope.id, () => new Map<RoleKey, SortedIdSet>());
    return this.ensure(byRole, role, () => new SortedIdSet());
  }

  private ensure<K, V>(map: Map<K, V>, key: K, create: () => V): V {
    let value = map.get(key);
    if (value === undefined) {
      value = create();
      map.set(key, value);
    }
    return value;
  }
}
