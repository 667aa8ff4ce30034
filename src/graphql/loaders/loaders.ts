import type { SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { GrantStore } from '../../authz/grant-store.js';
import { DatabaseGrantStore } from '../../persistence/database-grant-store.js';
import type { Environment } from '../../persistence/entities/environment.entity.js';
import type { Organization } from '../../persistence/entities/organization.entity.js';
import type { Principal } from '../../persistence/entities/principal.entity.js';
import type { Project } from '../../persistence/entities/project.entity.js';
import type { ServiceAccountKey } from '../../persistence/entities/service-account-key.entity.js';
import { EnvironmentRepository } from '../../persistence/repositories/environment.repository.js';
import { OrganizationRepository } from '../../persistence/repositories/organization.repository.js';
import { PrincipalRepository } from '../../persistence/repositories/principal.repository.js';
import { ProjectRepository } from '../../persistence/repositories/project.repository.js';
import { ServiceAccountKeyRepository } from '../../persistence/repositories/service-account-key.repository.js';

/** Per-request DataLoaders: one batch function per relation, one query per batch. */
export interface Loaders {
  readonly grantStore: GrantStore;
  readonly principal: DataLoader<string, Principal | undefined>;
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

export function createLoaders(em: SqlEntityManager): Loaders {
  return {
    grantStore: new DatabaseGrantStore(em),
    principal: byId((ids) => new PrincipalRepository(em).byIds(ids)),
    organization: byId((ids) => new OrganizationRepository(em).byIds(ids)),
    project: byId((ids) => new ProjectRepository(em).byIds(ids)),
    environment: byId((ids) => new EnvironmentRepository(em).byIds(ids)),
    serviceAccountKeys: new DataLoader(async (accountIds) => {
      const keys = await new ServiceAccountKeyRepository(em).ofAccounts(accountIds);
      return accountIds.map((id) => keys.filter((k) => k.principal.id === id));
    }),
  };
}
