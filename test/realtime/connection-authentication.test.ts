import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AccessChangedDocument,
  CreateApiTokenDocument,
  CreateOrganizationDocument,
  RemoveMemberDocument,
  RemoveServiceAccountKeyDocument,
  RevokeApiTokenDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import { CLOCK_TOLERANCE_SECONDS } from '../../src/domain/service-account-keys.js';
import { servicesElsewhere } from '../support/another-instance.js';
import { TEST_DIALECT } from '../support/database.js';
import { FeedClient, useFeedClients } from '../support/feed-client.js';
import { createServiceAccount, ed25519KeyPair, registerKey, signToken } from '../support/service-accounts.js';
import { useTestGateway } from '../support/gateway.js';
import { addMember, issueToken, type Person } from './fixtures.js';

/** The issue's promise: a socket whose credentials stop working closes within a second. */
const CLOSES_WITHIN_MS = 1_000;

describe(`WebSocket authentication (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  const { open } = useFeedClients(() => t.gateway.url);
  /** A connected, acknowledged client with a live subscription (to its own events), as a dashboard holds one. */
  const following = async (token: string, principalId: string) => {
    const client = open({ authorization: `Bearer ${token}` });
    const subscription = client.subscribe(AccessChangedDocument, { organizationId: t.founder.organizationId, filter: { principalId }, afterRevision: 0 });
    await subscription.received(1);
    return { client, subscription };
  };
  const closedWithin = async (client: FeedClient, since: number) => {
    const closed = await client.closed;
    return { ...closed, afterMs: Date.now() - since };
  };


  it.each([
    ['no credentials', {}, /connection_init/],
    ['a malformed Authorization value', { authorization: 'Basic abc' }, /Bearer <token>/],
    ['an unknown token', { authorization: `Bearer rgp_${'A'.repeat(43)}` }, /invalid, expired or revoked/],
  ])('refuses a connection with %s: the socket closes with 4403 and says why', async (_what, params, reason) => {
    const client = open(params);
    const subscription = client.subscribe(AccessChangedDocument, { organizationId: t.founder.organizationId });
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(reason);
    await subscription.until((s) => s.ended);
    expect(subscription.data).toEqual([]);
  });

  it('accepts the same token as HTTP, under the key authorization in any letter case, and answers queries too', async () => {
    const client = open({ Authorization: `Bearer ${t.founder.token}` });
    const viewer = await client.client.iterate({ query: print(ViewerDocument) }).next();
    expect(viewer.value).toMatchObject({ data: { viewer: { principalId: t.founder.adminId } } });
  });

  it('closes the socket with 4403 within a second of its token being revoked', async () => {
    const created = await t.ok(CreateApiTokenDocument, { name: 'dashboard' }, t.founder.token);
    const { client } = await following(created.createApiToken.created.token, t.founder.adminId);
    const revokedAt = Date.now();
    await t.ok(RevokeApiTokenDocument, { id: created.createApiToken.created.apiToken.id }, t.founder.token);
    const closed = await closedWithin(client, revokedAt);
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/revoked/);
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
  });

  it('closes the socket with 4403 within a second of its token expiring', async () => {
    const expiresAt = new Date(Date.now() + 1_500);
    const created = await t.ok(CreateApiTokenDocument, { name: 'short-lived', expiresAt: expiresAt.toISOString() }, t.founder.token);
    const { client } = await following(created.createApiToken.created.token, t.founder.adminId);
    const closed = await closedWithin(client, expiresAt.getTime());
    expect(closed.code).toBe(4403);
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
  });

  it('closes the socket with 4403 within a second of its principal being disabled by another gateway', async () => {
    const member: Person = await addMember(t, 'to-disable@acme.test');
    const { client } = await following(member.token, member.principalId);
    const elsewhere = await servicesElsewhere(t, t.founder.token);
    const disabledAt = Date.now();
    await elsewhere.principals.disable(member.principalId);
    const closed = await closedWithin(client, disabledAt);
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/disabled/);
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
  });

  it('closes the socket with 4403 when its principal leaves its last organization, and keeps it open while one remains', async () => {
    const [leaving, staying] = [await addMember(t, 'leaving@acme.test'), await addMember(t, 'staying@acme.test')];
    await t.ok(CreateOrganizationDocument, { name: 'Staying elsewhere' }, staying.token);
    const gone = await following(leaving.token, leaving.principalId);
    const kept = await following(staying.token, staying.principalId);
    const removedAt = Date.now();
    await t.ok(RemoveMemberDocument, { organizationId: t.founder.organizationId, principalId: leaving.principalId }, t.founder.token);
    await t.ok(RemoveMemberDocument, { organizationId: t.founder.organizationId, principalId: staying.principalId }, t.founder.token);
    const closed = await closedWithin(gone.client, removedAt);
    expect(closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/no longer a member/) });
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
    // The one still in an organization loses only the subscription to the one it left.
    await kept.subscription.until((s) => s.ended);
    expect(kept.subscription.errorCode).toBe('FORBIDDEN');
    const viewer = await kept.client.client.iterate({ query: print(ViewerDocument) }).next();
    expect(viewer.value).toMatchObject({ data: { viewer: { principalId: staying.principalId } } });
  });

  it('accepts a service account signing in with its JWT, keeps it across re-checks, and closes it with 4403 when its key is removed', async () => {
    const accountId = await createServiceAccount(t, 'feed-watcher');
    const key = await ed25519KeyPair();
    const keyId = await registerKey(t, accountId, key);
    const client = open({ authorization: `Bearer ${await signToken(accountId, key)}` });
    const subscription = client.subscribe(AccessChangedDocument, { organizationId: t.founder.organizationId, filter: { principalId: accountId }, afterRevision: 0 });
    await subscription.received(1);
    // Re-checks do not present the token again (its jti would be refused as a replay): it stays open.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(subscription.ended).toBe(false);
    const removedAt = Date.now();
    await t.ok(RemoveServiceAccountKeyDocument, { id: keyId }, t.founder.token);
    const closed = await closedWithin(client, removedAt);
    expect(closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/key is unknown or was removed/) });
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
  });

  it("closes a service account's socket with 4403 within a second of its JWT expiring", async () => {
    const accountId = await createServiceAccount(t, 'short-lived-watcher');
    const key = await ed25519KeyPair();
    await registerKey(t, accountId, key);
    // Past its exp, but within the clock tolerance: accepted now, refused about two seconds from now.
    const exp = Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_SECONDS + 2;
    const client = open({ authorization: `Bearer ${await signToken(accountId, key, { claims: { iat: exp - 60, exp } })}` });
    const subscription = client.subscribe(AccessChangedDocument, { organizationId: t.founder.organizationId, filter: { principalId: accountId }, afterRevision: 0 });
    await subscription.received(1);
    const closed = await closedWithin(client, (exp + CLOCK_TOLERANCE_SECONDS) * 1000);
    expect(closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/expired/) });
    expect(closed.afterMs).toBeLessThan(CLOSES_WITHIN_MS);
  });

  it('keeps a connection whose credentials still work open across re-checks, which read no credential while the revision stands still', async () => {
    const member = await addMember(t, 'steady@acme.test');
    const { token } = await issueToken(t.database.db, member.principalId);
    const { client, subscription } = await following(token, member.principalId);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const statements: string[] = [];
    const knex = t.gateway.db.orm.em.getConnection().getKnex();
    const record = (query: { sql: string }) => statements.push(query.sql);
    knex.on('query', record);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    knex.off('query', record);
    expect(statements.filter((sql) => sql.includes('revision_counter')).length).toBeGreaterThanOrEqual(2);
    expect(statements.filter((sql) => sql.includes('api_token'))).toEqual([]);
    expect(subscription.ended).toBe(false);
    const viewer = await client.client.iterate({ query: print(ViewerDocument) }).next();
    expect(viewer.value).toMatchObject({ data: { viewer: { principalId: member.principalId } } });
  });

  it("re-reads only the credentials of principals whose access changed: a change to someone else's reads none of this connection's", async () => {
    const member = await addMember(t, 'bystander@acme.test');
    const { token, tokenId } = await issueToken(t.database.db, member.principalId);
    const { subscription } = await following(token, member.principalId);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const credentialReads: string[] = [];
    const knex = t.gateway.db.orm.em.getConnection().getKnex();
    const record = (query: { sql: string; bindings?: unknown[] }) => {
      if (query.sql.includes('api_token')) credentialReads.push(`${query.sql} ${JSON.stringify(query.bindings ?? [])}`);
    };
    knex.on('query', record);
    await t.ok(CreateOrganizationDocument, { name: 'Elsewhere' }, t.founder.token);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    knex.off('query', record);
    expect(credentialReads.length).toBeGreaterThan(0);
    expect(credentialReads.filter((read) => read.includes(tokenId))).toEqual([]);
    expect(subscription.ended).toBe(false);
  });

  it('serves subscriptions only over WebSocket: over HTTP they are refused with a pointer to it', async () => {
    const response = await t.request(AccessChangedDocument, { organizationId: t.founder.organizationId }, t.founder.token);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/WebSocket/), extensions: { code: 'BAD_REQUEST' } })]);
    expect(response.data ?? null).toBeNull();
  });
});
