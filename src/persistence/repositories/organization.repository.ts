import type { SqlEntityManager } from '@mikro-orm/knex';
import { Organization } from '../entities/organization.entity.js';
import { RoleAssignment } from '../entities/role-assignment.entity.js';
import { findByIds } from './by-ids.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

export class OrganizationRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Organization[]> {
    return findByIds(this.em, Organization, ids);
  }

  /** The organizations the principal is a member of (holds an organization role in), by id. */
  async ofPrincipal(principalId: string, page: PageRequest): Promise<Page<Organization>> {
    const memberships = await this.em.find(
      RoleAssignment,
      { principal: principalId, scopeLevel: 'ORGANIZATION', ...(page.after === undefined ? {} : { organization: { $gt: page.after } }) },
      { orderBy: { organization: 'asc' }, limit: fetchLimit(page), populate: ['organization'], strategy: 'joined' },
    );
    return toPage(
      memberships.map((m) => m.organization),
      page,
    );
  }

  async create(input: { readonly name: string; readonly id?: string }): Promise<Organization> {
    const organization = this.em.create(Organization, input);
    await this.em.persist(organization).flush();
    return organization;
  }
}
