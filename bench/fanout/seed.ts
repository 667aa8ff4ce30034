/**
 * The fan-out benchmark's organization: one project, an Org Admin who makes the changes, a
 * "subject" whose project role they change, and one principal per subscriber, each an Org Member
 * and Project Contributor (so each may see the project's members, and so every change). Each
 * subscriber has its own API token: the feed authorises and re-authenticates every one of them.
 */
import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import { generateApiToken } from '../../src/auth/api-token-secret.js';
import type { Grant } from '../../src/domain/grant.js';
import { newId } from '../../src/domain/ids.js';
import type { Principal } from '../../src/domain/principal.js';
import { chunks } from '../../src/persistence/chunks.js';
import { ApiToken } from '../../src/persistence/entities/api-token.entity.js';
import type { Database } from '../../src/persistence/orm.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';

export interface FanoutOrganization {
  readonly organizationId: string;
  readonly projectId: string;
  readonly subjectId: string;
  readonly adminToken: string;
  /** One token per subscriber principal. */
  readonly subscriberTokens: readonly string[];
}

export async function seedFanoutOrganization(db: Database, subscribers: number): Promise<FanoutOrganization> {
  const organizationId = newId();
  const projectId = newId();
  const user = (name: string): Principal => ({ id: newId(), kind: 'USER', displayName: name, disabled: false });
  const admin = user('admin');
  const subject = user('subject');
  const watchers = Array.from({ length: subscribers }, (_, i) => user(`watcher ${i}`));
  const grants: Grant[] = [
    { principalId: admin.id, scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_ADMIN' },
    { principalId: subject.id, scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_MEMBER' },
    { principalId: subject.id, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_MEMBER' },
    ...watchers.flatMap((w): Grant[] => [
      { principalId: w.id, scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_MEMBER' },
      { principalId: w.id, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_CONTRIBUTOR' },
    ]),
  ];
  const snapshot: AccessSnapshot = {
    organizations: [{ id: organizationId, name: 'Fan-out' }],
    projects: [{ id: projectId, organizationId, name: 'Watched' }],
    environments: [],
    principals: [admin, subject, ...watchers],
    grants,
  };
  await writeSnapshot(db.fork(), snapshot);
  const [adminToken, ...subscriberTokens] = await issueTokens(db, [admin.id, ...watchers.map((w) => w.id)]);
  return { organizationId, projectId, subjectId: subject.id, adminToken: adminToken!, subscriberTokens };
}

async function issueTokens(db: Database, principalIds: readonly string[]): Promise<string[]> {
  const secrets = principalIds.map(() => generateApiToken());
  const createdAt = new Date();
  const rows = principalIds.map((principalId, i) => ({
    id: newId(),
    principal: principalId,
    name: 'fan-out',
    displayPrefix: secrets[i]!.displayPrefix,
    hash: secrets[i]!.hash,
    createdAt,
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
  }));
  await db.fork().transactional(async (tx) => {
    for (const batch of chunks(rows, 500)) await tx.insertMany(ApiToken, batch as unknown as ApiToken[]);
  });
  return secrets.map((s) => s.token);
}
