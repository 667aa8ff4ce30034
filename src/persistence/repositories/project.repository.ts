import type { SqlEntityManager } from '@mikro-orm/knex';
import { Project } from '../entities/project.entity.js';
import { findByIds } from './by-ids.js';
import type { Page, PageRequest } from './page.js';
import { entityFromRow, pagesByParent, type ChildListing } from './pages-by-parent.js';

const PROJECTS_OF_ORGANIZATION: ChildListing<Project> = {
  table: 'project',
  parentColumn: 'organization_id',
  keyColumn: 'id',
  columns: '*',
  fromRow: entityFromRow(Project),
  parentOf: (project) => project.organization.id,
};

export class ProjectRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Project[]> {
    return findByIds(this.em, Project, ids);
  }

  /** Each organization's projects by id: the same page for every organization, keyed by organization id. */
  byOrganizations(organizationIds: readonly string[], page: PageRequest): Promise<Map<string, Page<Project>>> {
    return pagesByParent(this.em, PROJECTS_OF_ORGANIZATION, organizationIds, page);
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
