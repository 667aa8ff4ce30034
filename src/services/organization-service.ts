import type { GrantPlan } from '../authz/grant-plan.js';
import type { GrantStore } from '../authz/grant-store.js';
import { ForbiddenError } from '../domain/errors.js';
import type { AccessChange } from '../persistence/access-change.js';
import type { Organization } from '../persistence/entities/organization.entity.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { requireId, requireName } from './input.js';
import type { ServiceContext } from './service-context.js';

export class OrganizationService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Creates an organization with the caller as its Org Admin. Only users may: a service account
   * cannot hold Org Admin, and an organization must start with one.
   */
  async create(name: string): Promise<ChangeResult<Organization>> {
    const validName = requireName(name, 'name');
    if (this.ctx.viewer.kind !== 'USER') {
      throw new ForbiddenError('Service accounts cannot create organizations: the creator becomes Org Admin, a role service accounts may not hold.');
    }
    const committed = await this.ctx.change((change, authz) => foundOrganization(change, authz.store, validName, this.ctx.viewer.principalId));
    return { revision: committed.revision!, changes: committed.result.plan.changes, value: committed.result.organization };
  }

  /** The organization, if the caller belongs to it; NOT_FOUND otherwise. */
  async get(id: string): Promise<Organization> {
    const organizationId = requireId(id, 'id');
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: organizationId });
    const [organization] = await new OrganizationRepository(this.ctx.em).byIds([organizationId]);
    return organization!;
  }

  /** The organizations the caller belongs to. */
  list(page: PageRequest): Promise<Page<Organization>> {
    return new OrganizationRepository(this.ctx.em).ofPrincipal(this.ctx.viewer.principalId, page);
  }
}

/**
 * Creates an organization with its founder as Org Admin. The founding grant bypasses the policy:
 * nobody holds Org Admin there yet to grant it.
 */
export async function foundOrganization(
  change: AccessChange,
  store: GrantStore,
  name: string,
  founderId: string,
): Promise<{ organization: Organization; plan: GrantPlan }> {
  const organization = await new OrganizationRepository(change.em).create({ name });
  change.record({ kind: 'ORGANIZATION_CREATED', organizationId: organization.id, scopeLevel: 'ORGANIZATION', scopeId: organization.id });
  const plan: GrantPlan = {
    changes: [{ kind: 'ASSIGN', principalId: founderId, scope: { level: 'ORGANIZATION', id: organization.id }, newRole: 'ORG_ADMIN', cascade: false }],
  };
  await applyGrantPlan(change, store, plan);
  return { organization, plan };
}
