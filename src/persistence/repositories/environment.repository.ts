import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EnvironmentTier } from '../../domain/environment-tier.js';
import { Environment } from '../entities/environment.entity.js';
import { findByIds } from './by-ids.js';
import type { Page, PageRequest } from './page.js';
import { entityFromRow, pagesByParent, type ChildListing } from './pages-by-parent.js';

const ENVIRONMENTS_OF_PROJECT: ChildListing<Environment> = {
  table: 'environment',
  parentColumn: 'project_id',
  keyColumn: 'id',
  columns: '*',
  fromRow: entityFromRow(Environment),
  parentOf: (environment) => environment.project.id,
};

export class EnvironmentRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Environment[]> {
    return findByIds(this.em, Environment, ids);
  }

  /** Each project's environments by id: the same page for every project, keyed by project id. */
  byProjects(projectIds: readonly string[], page: PageRequest): Promise<Map<string, Page<Environment>>> {
    return pagesByParent(this.em, ENVIRONMENTS_OF_PROJECT, projectIds, page);
  }

  async create(input: { readonly projectId: string; readonly name: string; readonly tier: EnvironmentTier; readonly id?: string }): Promise<Environment> {
    const environment = this.em.create(Environment, {
      ...(input.id === undefined ? {} : { id: input.id }),
      project: input.projectId,
      name: input.name,
      tier: input.tier,
    });
    await this.em.persist(environment).flush();
    return environment;
  }
}
