import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import { AccessEventRepository, type EventPosition } from '../persistence/repositories/access-event.repository.js';
import type { Page } from '../persistence/repositories/page.js';
import { requireId } from './input.js';
import type { ServiceContext } from './service-context.js';

export interface AccessEventsQuery {
  readonly organizationId: string;
  readonly after?: EventPosition;
  readonly limit: number;
  readonly projectId?: string;
  readonly environmentId?: string;
  readonly principalId?: string;
}

/** The organization's audit log, for those who see its members (Org Admins). */
export class AccessEventService {
  constructor(private readonly ctx: ServiceContext) {}

  async events(query: AccessEventsQuery): Promise<Page<AccessEvent>> {
    const organizationId = requireId(query.organizationId, 'organizationId');
    await this.ctx.visibility.requireMembersVisible({ organizationId });
    return new AccessEventRepository(this.ctx.em).ofOrganization({
      organizationId,
      after: query.after,
      limit: query.limit,
      projectId: query.projectId === undefined ? undefined : requireId(query.projectId, 'projectId'),
      environmentId: query.environmentId === undefined ? undefined : requireId(query.environmentId, 'environmentId'),
      principalId: query.principalId === undefined ? undefined : requireId(query.principalId, 'principalId'),
    });
  }
}
