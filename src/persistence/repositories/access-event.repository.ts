import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AccessEvent } from '../entities/access-event.entity.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

/** A position in the event log: events after it have a greater (revision, sequence). */
export interface EventPosition {
  readonly revision: number;
  readonly sequence: number;
}

export interface OrganizationEventsQuery extends PageRequest<EventPosition> {
  readonly organizationId: string;
  readonly projectId?: string;
  readonly environmentId?: string;
  readonly principalId?: string;
}

function after(position: EventPosition | undefined): FilterQuery<AccessEvent> {
  if (position === undefined) return {};
  return {
    $or: [{ revision: { $gt: position.revision } }, { revision: position.revision, sequence: { $gt: position.sequence } }],
  };
}

export class AccessEventRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** The organization's events in log order, optionally only those about one project, environment or principal. */
  async ofOrganization(query: OrganizationEventsQuery): Promise<Page<AccessEvent>> {
    const filters: FilterQuery<AccessEvent> = {
      organizationId: query.organizationId,
      ...(query.projectId === undefined ? {} : { projectId: query.projectId }),
      ...(query.environmentId === undefined ? {} : { environmentId: query.environmentId }),
      ...(query.principalId === undefined ? {} : { principalId: query.principalId }),
    };
    const rows = await this.em.find(
      AccessEvent,
      { $and: [filters, after(query.after)] },
      { orderBy: { revision: 'asc', sequence: 'asc' }, limit: fetchLimit(query) },
    );
    return toPage(rows, query);
  }

  /** Every event in log order, across organizations: what the realtime notifier reads. */
  async all(page: PageRequest<EventPosition>): Promise<Page<AccessEvent>> {
    const rows = await this.em.find(AccessEvent, after(page.after), { orderBy: { revision: 'asc', sequence: 'asc' }, limit: fetchLimit(page) });
    return toPage(rows, page);
  }
}
