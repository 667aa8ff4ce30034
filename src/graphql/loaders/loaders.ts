import type { SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { CachedGrantStore } from '../../authz/cached-grant-store.js';
import type { GrantCache } from '../../authz/grant-cache.js';
import { SCOPE_LEVELS, type ScopeLevel } from '../../domain/scope.js';
import { DatabaseGrantStore } from '../../persistence/database-grant-store.js';
import type { Environment } from '../../persistence/entities/environment.entity.js';
import type { Organization } from '../../persistence/entities/organization.entity.js';
import type { Project } from '../../persistence/entities/project.entity.js';
import type { ServiceAccountKey } from '../../persistence/entities/service-account-key.entity.js';
import { EnvironmentRepository } from '../../persistence/repositories/environment.repository.js';
import type { Page } from '../../persistence/repositories/page.js';
import { OrganizationRepository } from '../../persistence/repositories/organization.repository.js';
import { PrincipalRepository, type PrincipalProfile } from '../../persistence/repositories/principal.repository.js';
import { ProjectRepository } from '../../persistence/repositories/project.repository.js';
import { RoleAssignmentRepository, type Membership } from '../../persistence/repositories/role-assignment.repository.js';
import { ServiceAccountKeyRepository } from '../../persistence/repositories/service-account-key.repository.js';
import type { RequestReads } from '../../services/request-reads.js';
import { BatchedGrantStore } from './batched-grant-store.js';
import { parentPagesLoader, type ParentPageKey } from './parent-pages.js';

/**
 * Per-request DataLoaders: one batch function per relation, one statement per batch. The services
 * read through them as the request's `RequestReads`; resolvers load entities by id from them.
 */
export interface Loaders extends RequestReads {
  readonly grants: CachedGrantStore;
  /** Principals as the API shows them (plain rows: listings show many). */
  readonly principal: DataLoader<string, PrincipalProfile | undefined>;
  readonly organization: DataLoader<string, Organization | undefined>;
  readonly project: DataLoader<string, Project | undefined>;
  readonly environment: DataLoader<string, Environment | undefined>;
  /** A service account's keys, oldest first, by the account's id. */
  readonly serviceAccountKeys: DataLoader<string, ServiceAccountKey[]>;
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | undefined> {
  return new DataLoader(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id));
  });
}

/** Loaders over the request's EntityManager; the engine reads from the instance's grant cache first. */
export function createLoaders(em: SqlEntityManager, grantCache: GrantCache): Loaders {
  const batched = new BatchedGrantStore(new DatabaseGrantStore(em));
  const grants = new CachedGrantStore(grantCache, batched);
  const principal = byId((ids) => new PrincipalRepository(em).profilesByIds(ids));
  const organization = byId((ids) => new OrganizationRepository(em).byIds(ids));
  const project = byId((ids) => new ProjectRepository(em).byIds(ids));
  const environment = byId((ids) => new EnvironmentRepository(em).byIds(ids));
  const projectsOf = parentPagesLoader((ids, page) => new ProjectRepository(em).byOrganizations(ids, page));
  const environmentsOf = parentPagesLoader((ids, page) => new EnvironmentRepository(em).byProjects(ids, page));
  const membersAt = Object.fromEntries(
    SCOPE_LEVELS.map((level) => [level, parentPagesLoader((ids, page) => new RoleAssignmentRepository(em).atScopes(level, ids, page))]),
  ) as Record<ScopeLevel, DataLoader<ParentPageKey, Page<Membership>, string>>;
  const serviceAccountKeys = new DataLoader<string, ServiceAccountKey[]>(async (accountIds) => {
    const keys = await new ServiceAccountKeyRepository(em).ofAccounts(accountIds);
    return accountIds.map((id) => keys.filter((k) => k.principal.id === id));
  });
  const cached: { clearAll(): unknown }[] = [principal, organization, project, environment, serviceAccountKeys, projectsOf, environmentsOf, ...Object.values(membersAt)];

  return {
    grants,
    principal,
    organization,
    project,
    environment,
    serviceAccountKeys,
    projectsOf: (organizationId, page) => projectsOf.load({ parentId: organizationId, page }),
    environmentsOf: (projectId, page) => environmentsOf.load({ parentId: projectId, page }),
    membersAt: (scope, page) => membersAt[scope.level].load({ parentId: scope.id, page }),
    forget: () => {
      batched.forget();
      for (const loader of cached) loader.clearAll();
    },
  };
}
