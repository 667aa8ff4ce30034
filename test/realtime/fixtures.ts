import { generateApiToken } from '../../src/auth/api-token-secret.js';
import { ApiTokenRepository } from '../../src/persistence/repositories/api-token.repository.js';
import type { Database } from '../../src/persistence/orm.js';
import {
  AccessLogDocument,
  AddMemberDocument,
  CreateEnvironmentDocument,
  CreateProjectDocument,
  type AccessChangedSubscription,
  type AccessLogQuery,
  type Role,
} from '../generated/graphql.js';
import type { TestGateway } from '../support/gateway.js';

export type LoggedEvent = AccessLogQuery['accessEvents']['edges'][number]['node'];
export type FeedEvent = AccessChangedSubscription['accessChanged'];

export interface Person {
  readonly principalId: string;
  readonly token: string;
}

/** A principal's API token, issued the way `rolegate bootstrap` does (straight to the database). */
export async function issueToken(db: Database, principalId: string, expiresAt: Date | null = null): Promise<{ token: string; tokenId: string }> {
  const secret = generateApiToken();
  const record = await new ApiTokenRepository(db.fork()).create({ principalId, name: 'test', displayPrefix: secret.displayPrefix, hash: secret.hash, expiresAt });
  return { token: secret.token, tokenId: record.id };
}

/** Adds a user to an organization through the API (as `actorToken`) and gives it a token. */
export async function addMember(t: TestGateway, email: string, role: Role = 'ORG_MEMBER', organizationId = t.founder.organizationId, actorToken = t.founder.token): Promise<Person> {
  const added = await t.ok(AddMemberDocument, { organizationId, email, displayName: email.split('@')[0]!, role }, actorToken);
  const { principal, initialToken } = added.addMember.member;
  return { principalId: principal.id, token: initialToken?.token ?? (await issueToken(t.database.db, principal.id)).token };
}

export async function createProject(t: TestGateway, name: string, token = t.founder.token, organizationId = t.founder.organizationId): Promise<{ id: string; revision: number }> {
  const created = await t.ok(CreateProjectDocument, { organizationId, name }, token);
  return { id: created.createProject.project.id, revision: created.createProject.revision };
}

export async function createEnvironment(t: TestGateway, projectId: string, name: string, token = t.founder.token): Promise<{ id: string; revision: number }> {
  const created = await t.ok(CreateEnvironmentDocument, { projectId, name, tier: 'DEVELOPMENT' }, token);
  return { id: created.createEnvironment.environment.id, revision: created.createEnvironment.revision };
}

export interface LogFilter {
  readonly projectId?: string;
  readonly environmentId?: string;
  readonly principalId?: string;
}

/** The organization's audit log (the `accessEvents` query, as an Org Admin), all pages, after a revision. */
export async function auditLog(t: TestGateway, organizationId: string, afterRevision = 0, filter: LogFilter = {}, token = t.founder.token): Promise<LoggedEvent[]> {
  const events: LoggedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await t.ok(AccessLogDocument, { organizationId, after, ...filter }, token);
    events.push(...page.accessEvents.edges.map((e) => e.node));
    if (!page.accessEvents.pageInfo.hasNextPage) return events.filter((e) => e.revision > afterRevision);
    after = page.accessEvents.pageInfo.endCursor!;
  }
}

/** An event's place in the log, for comparing streams: `revision.sequence`. */
export function positionOf(event: { revision: number; sequence: number }): string {
  return `${event.revision}.${event.sequence}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
