import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EnvironmentTier } from '../../domain/environment-tier.js';
import { Environment } from '../entities/environment.entity.js';
import { findByIds } from './by-ids.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

export class EnvironmentRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Environment[]> {
    return findByIds(this.em, Environment, ids);
  }

  /** The project's environments by id. */
  async byProject(projectId: string, page: PageRequest): Promise<Page<Environment>> {
    const rows = await this.em.find(
      Environment,
      { project: projectId, ...(page.after === undefined ? {} : { id: { $gt: page.after } }) },
      { orderBy: { id: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
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
