import type { SqlEntityManager } from '@mikro-orm/knex';
import { Project } from '../entities/project.entity.js';
import { findByIds } from './by-ids.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

export class ProjectRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Project[]> {
    return findByIds(this.em, Project, ids);
  }

  /** The organization's projects by id. */
  async byOrganization(organizationId: string, page: PageRequest): Promise<Page<Project>> {
    const rows = await this.em.find(
      Project,
      { organization: organizationId, ...(page.after === undefined ? {} : { id: { $gt: page.after } }) },
      { orderBy: { id: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
  }

  async create(input: { readonly organizationId: string; readonly name: string; readonly createdById: string | null; readonly id?: string }): Promise<Project> {
    const project = this.em.create(Project, {
      ...(input.id === undefined ? {} : { id: input.id }),
      organization: input.organizationId,
      name: input.name,
      createdBy: input.createdById,
    });
    await this.em.persist(project).flush();
    return project;
  }
}
