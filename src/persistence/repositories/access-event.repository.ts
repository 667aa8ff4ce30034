import { raw, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ChangedAccess } from '../../authz/grant-cache.js';
import { chunks } from '../chunks.js';
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

/**
 * A row-value comparison, which both databases answer by seeking an index that ends in the
 * position (the primary key, or the entity's per-filter indexes) straight to it. The equivalent
 * `$or` of "a later revision, or a later sequence in the same revision" made SQLite read every
 * event of the position's revision first: 12 ms, on every poll, after a seed that wrote 100,000
 * events in one revision.
 */
function after(position: EventPosition | undefined): FilterQuery<AccessEvent> {
  if (position === undefined) return {};
  return { [raw((alias) => `(${alias}.revision, ${alias}.sequence) > (?, ?)`, [position.revision, position.sequence])]: [] };
}

/** See `AccessEventRepository.accessChangedBetween`. */
export const CHANGED_ACCESS_LIMIT = 1_000;

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

  /**
   * When each of the principals' current roles in the organization was given: the time of the
   * latest event that gave a role at each scope, keyed `principalId/scopeId`.
   */
  async roleGrantTimes(organizationId: string, principalIds: readonly string[]): Promise<Map<string, Date>> {
    const times = new Map<string, Date>();
    const rows: { principalId: string | null; scopeId: string | null; occurredAt: Date }[] = [];
    for (const batch of chunks([...new Set(principalIds)])) {
      rows.push(
        ...(await this.em.find(
          AccessEvent,
          { organizationId, principalId: { $in: batch }, kind: { $in: ['MEMBER_ADDED', 'ROLE_ASSIGNED', 'ROLE_CHANGED'] } },
          { fields: ['principalId', 'scopeId', 'occurredAt'] },
        )),
      );
    }
    for (const row of rows) {
      const key = `${row.principalId}/${row.scopeId}`;
      const known = times.get(key);
      if (!known || known < row.occurredAt) times.set(key, row.occurredAt);
    }
    return times;
  }

  /**
   * Whose access the changes after revision `after` up to `upTo` touched (principal and
   * organization), or undefined past `CHANGED_ACCESS_LIMIT` of them: then treating everything as
   * changed costs less than sorting the changes out. What an instance's grant cache forgets and
   * its connection re-checks read again to catch up.
   */
  async accessChangedBetween(after: number, upTo: number, limit = CHANGED_ACCESS_LIMIT): Promise<ChangedAccess[] | undefined> {
    const query = this.em
      .getKnex()('access_event')
      .distinct('principal_id', 'organization_id')
      .where('revision', '>', after)
      .andWhere('revision', '<=', upTo)
      .whereNotNull('principal_id')
      .limit(limit + 1);
    const rows = await this.em.execute<{ principal_id: string; organization_id: string | null }[]>(query);
    if (rows.length > limit) return undefined;
    return rows.map((row) => ({ principalId: row.principal_id, organizationId: row.organization_id }));
  }

  /** Every event in log order, across organizations: what the realtime notifier reads. */
  async all(page: PageRequest<EventPosition>): Promise<Page<AccessEvent>> {
    const rows = await this.em.find(AccessEvent, after(page.after), { orderBy: { revision: 'asc', sequence: 'asc' }, limit: fetchLimit(page) });
    return toPage(rows, page);
  }
}
