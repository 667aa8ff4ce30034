import { describe, expect, it } from 'vitest';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { TEST_DIALECT } from '../support/database.js';
import { onlyError, useTestGateway, type TestGateway } from '../support/gateway.js';
import { everyPage } from '../support/pages.js';
import {
  AddMemberDocument,
  ApiTokensDocument,
  CreateApiTokenDocument,
  CreateOrganizationDocument,
  OrganizationsDocument,
  RemoveMemberDocument,
  RevokeApiTokenDocument,
  ViewerDocument,
} from '../generated/graphql.js';

describe(`authentication over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  const expectUnauthenticated = async (token: string | null, authorization?: string) => {
    const response = authorization
      ? await fetch(t.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: '{ viewer { principalId } }' }) }).then(async (r) => ({ status: r.status, ...((await r.json()) as object) }) as Awaited<ReturnType<typeof t.request>>)
      : await t.request(ViewerDocument, {}, token);
    expect(response.status).toBe(401);
    expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
    return onlyError(response).message;
  };

  it('serves /health without credentials, and nothing else', async () => {
    const health = await fetch(t.gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: TEST_DIALECT });
    expect(await expectUnauthenticated(null)).toMatch(/Authorization: Bearer/);
  });

  it('accepts the bootstrap token and tells the caller who it is', async () => {
    const data = await t.ok(ViewerDocument, {}, t.founder.token);
    expect(data.viewer.principal).toMatchObject({ id: t.founder.adminId, kind: 'USER', displayName: 'Ada', email: 'ada@acme.test', isServiceAccount: false });
  });

  it('refuses malformed headers and unknown tokens alike', async () => {
    await expectUnauthenticated(null, 'Basic abc');
    await expectUnauthenticated(null, 'Bearer');
    await expectUnauthenticated('not-a-token');
    await expectUnauthenticated('rgp_' + 'A'.repeat(43));
    await expectUnauthenticated(t.founder.token.slice(0, -1) + (t.founder.token.endsWith('A') ? 'B' : 'A'));
  });

  it('creates a token shown once, stores only its hash, and stops it working when revoked', async () => {
    const created = await t.ok(CreateApiTokenDocument, { name: 'ci' }, t.founder.token);
    const token = created.createApiToken.created.token;
    expect(token).toMatch(/^rgp_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(created.createApiToken.created.apiToken.displayPrefix)).toBe(true);
    const stored = await t.database.db.orm.em.getConnection().execute('select hash from api_token where id = ?', [created.createApiToken.created.apiToken.id]);
    expect(stored[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await t.ok(ViewerDocument, {}, token)).viewer.principalId).toBe(t.founder.adminId);
    const listed = await t.ok(ApiTokensDocument, {}, token);
    expect(listed.viewer.apiTokens.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['bootstrap', 'ci']));

    const revoked = await t.ok(RevokeApiTokenDocument, { id: created.createApiToken.created.apiToken.id }, t.founder.token);
    expect(revoked.revokeApiToken.apiToken.revokedAt).not.toBeNull();
    await expectUnauthenticated(token);
    const again = await t.request(RevokeApiTokenDocument, { id: created.createApiToken.created.apiToken.id }, t.founder.token);
    expect(onlyError(again).extensions?.code).toBe('CONFLICT');
  });

  it('stops an expired token working', async () => {
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const created = await t.ok(CreateApiTokenDocument, { name: 'short', expiresAt }, t.founder.token);
    const token = created.createApiToken.created.token;
    expect((await t.ok(ViewerDocument, {}, token)).viewer.principalId).toBe(t.founder.adminId);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    await expectUnauthenticated(token);
  });

  it('refuses an expiry in the past before creating anything', async () => {
    const response = await t.request(CreateApiTokenDocument, { name: 'past', expiresAt: new Date(Date.now() - 1000).toISOString() }, t.founder.token);
    expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("never reveals or revokes another principal's token", async () => {
    const member = await addMemberWithToken(t, 'eve@acme.test');
    const founderTokens = await t.ok(ApiTokensDocument, {}, t.founder.token);
    const founderTokenId = founderTokens.viewer.apiTokens.edges[0]!.node.id;
    const response = await t.request(RevokeApiTokenDocument, { id: founderTokenId }, member.token);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    const own = await t.ok(ApiTokensDocument, {}, member.token);
    expect(own.viewer.apiTokens.edges.map((e) => e.node.id)).not.toContain(founderTokenId);
  });

  it('stops the tokens of a disabled owner, and of an owner removed from its last organization', async () => {
    const disabled = await addMemberWithToken(t, 'dan@acme.test');
    const em = t.database.db.fork();
    const [principal] = await new PrincipalRepository(em).byIds([disabled.principalId]);
    await new PrincipalRepository(em).setDisabled(principal!, true);
    expect(await expectUnauthenticated(disabled.token)).toMatch(/disabled/);

    const removed = await addMemberWithToken(t, 'rex@acme.test');
    await t.ok(RemoveMemberDocument, { organizationId: t.founder.organizationId, principalId: removed.principalId }, t.founder.token);
    expect(await expectUnauthenticated(removed.token)).toMatch(/no longer a member/);
  });

  it('keeps the tokens of an owner removed from one organization while it belongs to another', async () => {
    const member = await addMemberWithToken(t, 'two-homes@acme.test');
    const other = await t.ok(CreateOrganizationDocument, { name: 'Second home' }, t.founder.token);
    await t.ok(AddMemberDocument, { organizationId: other.createOrganization.organization.id, email: 'two-homes@acme.test', displayName: 'Two homes' }, t.founder.token);
    await t.ok(RemoveMemberDocument, { organizationId: t.founder.organizationId, principalId: member.principalId }, t.founder.token);
    const organizations = await t.ok(OrganizationsDocument, {}, member.token);
    expect(organizations.organizations.edges.map((e) => e.node.id)).toEqual([other.createOrganization.organization.id]);
  });

  it("lists the caller's own tokens a page at a time, with expiry, revocation and last use, never the secret", async () => {
    const owner = await addMemberWithToken(t, 'lister@acme.test');
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const kept = (await t.ok(CreateApiTokenDocument, { name: 'kept', expiresAt }, owner.token)).createApiToken;
    const dropped = (await t.ok(CreateApiTokenDocument, { name: 'dropped' }, owner.token)).createApiToken;
    expect(dropped.revision).toBe(kept.revision + 1);
    await t.ok(RevokeApiTokenDocument, { id: dropped.created.apiToken.id }, owner.token);
    await t.ok(ViewerDocument, {}, kept.created.token);

    const { nodes, pages } = await everyPage(async (after) => (await t.ok(ApiTokensDocument, { first: 2, after }, owner.token)).viewer.apiTokens);
    expect(pages).toBe(2);
    const byName = Object.fromEntries(nodes.map((n) => [n.name, n]));
    expect(Object.keys(byName).sort()).toEqual(['dropped', 'initial', 'kept']);
    expect(byName.kept).toMatchObject({ id: kept.created.apiToken.id, expiresAt: new Date(expiresAt).toISOString(), revokedAt: null, displayPrefix: kept.created.token.slice(0, 10) });
    expect(byName.kept!.lastUsedAt).not.toBeNull();
    expect(byName.dropped!.revokedAt).not.toBeNull();
    expect(JSON.stringify(nodes)).not.toContain(kept.created.token);
  });
});

/** Adds a new user to the founder's organization; the user signs in with the initial token addMember returns. */
export async function addMemberWithToken(t: TestGateway, email: string): Promise<{ principalId: string; token: string }> {
  const added = await t.ok(AddMemberDocument, { organizationId: t.founder.organizationId, email, displayName: email.split('@')[0]! }, t.founder.token);
  const { principal, initialToken } = added.addMember.member;
  if (!initialToken) throw new Error(`addMember created ${email} but returned no initial token`);
  return { principalId: principal.id, token: initialToken.token };
}
