import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOrganization, type BootstrapResult } from '../../src/services/bootstrap-service.js';
import {
  AccessChangedDocument,
  AccessLogDocument,
  AddMemberDocument,
  AssignRoleDocument,
  CreateProjectDocument,
  EffectivePermissionsChangedDocument,
  type Role,
} from '../generated/graphql.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { FeedClient } from '../support/feed-client.js';
import { requestGraphQL } from '../support/gateway.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** So long that only LISTEN/NOTIFY can explain an event arriving within the test's few seconds. */
const POLL_MS = '600000';

interface GatewayProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

/**
 * `rolegate serve` from the build (test/global-setup.ts builds dist/ once before the suites), as a
 * process of its own on a free port; resolves once it listens.
 */
function startGatewayProcess(databaseUrl: string): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['dist/src/main.js', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ROLEGATE_DATABASE_URL: databaseUrl, ROLEGATE_PORT: '0', ROLEGATE_LOG_LEVEL: 'info', ROLEGATE_FEED_POLL_MS: POLL_MS },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      output.push(line);
      const entry = JSON.parse(line) as { message?: string; url?: string };
      if (entry.message === 'rolegate is listening') resolve({ url: entry.url!, child });
    });
    child.once('exit', (code) => reject(new Error(`rolegate serve exited with ${code}:\n${output.join('\n')}`)));
  });
}

/** Sends an operation to one of the gateways, failing the test on any error. */
async function ok<TData, TVariables>(url: string, token: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  const response = await requestGraphQL(url, document, variables, token);
  if (response.errors?.length || !response.data) throw new Error(`request failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

describe.skipIf(TEST_DIALECT !== 'postgresql')('two gateway processes on one PostgreSQL (skipped on SQLite: a SQLite file serves a single gateway)', () => {
  let database: TestDatabase;
  let founder: BootstrapResult;
  let one: GatewayProcess;
  let two: GatewayProcess;
  const clients: FeedClient[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    founder = await bootstrapOrganization(database.db.fork(), { organizationName: 'Acme', adminEmail: 'ada@acme.test', adminName: 'Ada' });
    const url = database.config.database.dialect === 'postgresql' ? database.config.database.url : '';
    [one, two] = await Promise.all([startGatewayProcess(url), startGatewayProcess(url)]);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const gateway of [one, two]) {
      if (!gateway || gateway.child.exitCode !== null) continue;
      const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
    }
    await database?.close();
  });

  it('delivers on one gateway, in order, every change made through the other, as soon as it commits', async () => {
    const organizationId = founder.organizationId;
    const watcher = FeedClient.withToken(one.url, founder.token);
    clients.push(watcher);
    const feed = watcher.subscribe(AccessChangedDocument, { organizationId, afterRevision: founder.revision });

    const project = await ok(two.url, founder.token, CreateProjectDocument, { organizationId, name: 'Shared' });
    const projectId = project.createProject.project.id;
    const people: string[] = [];
    for (let i = 0; i < 4; i++) {
      const added = await ok(two.url, founder.token, AddMemberDocument, { organizationId, email: `p${i}@acme.test`, displayName: `p${i}` });
      people.push(added.addMember.member.principal.id);
    }
    const permissions = watcher.subscribe(EffectivePermissionsChangedDocument, { principalId: people[0]!, scope: { level: 'PROJECT', id: projectId } });
    await permissions.received(1);

    const roles: Role[] = ['PROJECT_MEMBER', 'PROJECT_CONTRIBUTOR', 'PROJECT_ARCHITECT', 'PROJECT_ADMIN'];
    await Promise.all(
      people.map(async (principalId, lane) => {
        for (let i = 0; i < 6; i++) {
          await ok(lane % 2 === 0 ? two.url : one.url, founder.token, AssignRoleDocument, { principalId, scope: { level: 'PROJECT', id: projectId }, role: roles[(lane + i) % roles.length]! });
        }
      }),
    );
    const log = await ok(two.url, founder.token, AccessLogDocument, { organizationId });
    const expected = log.accessEvents.edges.map((e) => e.node).filter((e) => e.revision > founder.revision);

    await feed.received(expected.length, 15_000);
    expect(feed.data.map((d) => `${d.accessChanged.revision}.${d.accessChanged.sequence}`)).toEqual(expected.map((e) => `${e.revision}.${e.sequence}`));
    const lastOfFirst = expected.filter((e) => e.principalId === people[0]).at(-1)!.revision;
    await permissions.until((s) => s.data.at(-1)!.effectivePermissionsChanged.revision === lastOfFirst, 15_000, 'the last change of the first person');
    expect(permissions.data.length).toBeGreaterThan(1);
  });
});
