import type { Database } from '../../src/persistence/orm.js';
import { AccessEventsDocument, type AccessEventsQuery } from '../generated/graphql.js';
import type { TestGateway } from './gateway.js';
import { everyPage } from './pages.js';

export type LoggedEvent = AccessEventsQuery['accessEvents']['edges'][number]['node'];

/** An organization's whole access event log through the API, page after page, after `afterRevision` if given. */
export async function eventLogOf(t: TestGateway, organizationId: string, token: string, afterRevision?: number): Promise<LoggedEvent[]> {
  const { nodes } = await everyPage(async (after) => (await t.ok(AccessEventsDocument, { organizationId, afterRevision, after, first: 100 }, token)).accessEvents);
  return nodes;
}

export interface StoredEvent {
  readonly revision: number;
  readonly sequence: number;
  readonly kind: string;
  readonly organizationId: string | null;
  readonly principalId: string | null;
  readonly actorId: string | null;
  readonly tokenId: string | null;
  readonly changeId: string;
}

/**
 * Every stored event, in log order, straight from the database: token events belong to no
 * organization, so no organization's log shows them.
 */
export async function storedEvents(db: Database): Promise<StoredEvent[]> {
  const em = db.fork();
  const rows = await em.execute<Record<string, unknown>[]>(em.getKnex()('access_event').select('*').orderBy([{ column: 'revision' }, { column: 'sequence' }]));
  return rows.map((row) => ({
    revision: Number(row.revision),
    sequence: Number(row.sequence),
    kind: String(row.kind),
    organizationId: (row.organization_id as string | null) ?? null,
    principalId: (row.principal_id as string | null) ?? null,
    actorId: (row.actor_id as string | null) ?? null,
    tokenId: (row.token_id as string | null) ?? null,
    changeId: String(row.change_id),
  }));
}
