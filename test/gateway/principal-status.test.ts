import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessEventsDocument,
  AddMemberDocument,
  DisablePrincipalDocument,
  EffectivePermissionsDocument,
  EnablePrincipalDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import { addUser, createOrganization, founderOf, organizationScope, uniqueEmail, type Actor } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

describe(`disabling and enabling principals (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let admin: Actor;
  let orgId: string;

  beforeAll(() => {
    admin = founderOf(t);
    orgId = t.founder.organizationId;
  });

  const latestRevision = async (organizationId: string, by: Actor): Promise<number> => {
    const events = await t.ok(AccessEventsDocument, { organizationId, first: 500 }, by.token);
    return events.accessEvents.edges.at(-1)?.node.revision ?? 0;
  };

  it('an Org Admin disables a member: its tokens stop working and it holds no access, but keeps its roles', async () => {
    const member = await addUser(t, orgId, 'dora', 'ORG_CONTRIBUTOR');
    const disabled = await t.ok(DisablePrincipalDocument, { principalId: member.principalId }, admin.token);
    expect(disabled.disablePrincipal.principal).toEqual({ id: member.principalId, disabled: true });

    const refused = await t.request(ViewerDocument, {}, member.token);
    expect(refused.status).toBe(401);
    expectRefusal(refused, 'UNAUTHENTICATED');
    const access = await t.ok(EffectivePermissionsDocument, { principalId: member.principalId, scope: organizationScope(orgId) }, admin.token);
    expect(access.effectivePermissions.permissions).toEqual([]);

    const enabled = await t.ok(EnablePrincipalDocument, { principalId: member.principalId }, admin.token);
    expect(enabled.enablePrincipal.revision).toBeGreaterThan(disabled.disablePrincipal.revision);
    expect((await t.ok(ViewerDocument, {}, member.token)).viewer.principal.id).toBe(member.principalId);
    const restored = await t.ok(EffectivePermissionsDocument, { principalId: member.principalId, scope: organizationScope(orgId) }, admin.token);
    expect(restored.effectivePermissions.permissions.map((p) => p.key)).toContain('org.projects.create');
  });

  it('records PRINCIPAL_DISABLED and PRINCIPAL_ENABLED in the organization’s log, at the revisions returned', async () => {
    const member = await addUser(t, orgId, 'evan');
    const disabled = await t.ok(DisablePrincipalDocument, { principalId: member.principalId }, admin.token);
    const enabled = await t.ok(EnablePrincipalDocument, { principalId: member.principalId }, admin.token);
    const events = await t.ok(AccessEventsDocument, { organizationId: orgId, principalId: member.principalId, afterRevision: disabled.disablePrincipal.revision - 1 }, admin.token);
    expect(events.accessEvents.edges.map((e) => [e.node.kind, e.node.revision, e.node.actorId])).toEqual([
      ['PRINCIPAL_DISABLED', disabled.disablePrincipal.revision, admin.principalId],
      ['PRINCIPAL_ENABLED', enabled.enablePrincipal.revision, admin.principalId],
    ]);
  });

  it('refuses anyone but an Org Admin, and changes nothing', async () => {
    const contributor = await addUser(t, orgId, 'carl', 'ORG_CONTRIBUTOR');
    const target = await addUser(t, orgId, 'tess');
    const before = await latestRevision(orgId, admin);
    const error = expectRefusal(await t.request(DisablePrincipalDocument, { principalId: target.principalId }, contributor.token), 'FORBIDDEN');
    expect(error.message).toMatch(/needs Org Admin in every organization it belongs to/);
    expect(await latestRevision(orgId, admin)).toBe(before);
    expect((await t.ok(ViewerDocument, {}, target.token)).viewer.principal.id).toBe(target.principalId);
  });

  it('refuses an Org Admin of only one of the organizations the principal belongs to', async () => {
    const otherAdmin = await addUser(t, orgId, 'olga', 'ORG_MEMBER');
    const otherOrg = await createOrganization(t, 'Other', otherAdmin);
    const shared = await addUser(t, otherOrg, 'sam', 'ORG_MEMBER', otherAdmin);
    await t.ok(AddMemberDocument, { organizationId: orgId, email: (await emailOf(shared)) ?? '', displayName: 'sam' }, admin.token);
    const error = expectRefusal(await t.request(DisablePrincipalDocument, { principalId: shared.principalId }, admin.token), 'FORBIDDEN');
    expect(error.extensions?.rule).toBe('ORG_ADMIN_OF_EVERY_ORGANIZATION_REQUIRED');
  });

  it('answers NOT_FOUND for a principal outside the caller’s organizations', async () => {
    const outsider = await addUser(t, orgId, 'otto', 'ORG_MEMBER');
    const elsewhere = await createOrganization(t, 'Elsewhere', outsider);
    const stranger = await addUser(t, elsewhere, 'stan', 'ORG_MEMBER', outsider);
    const contributorElsewhere = await addUser(t, elsewhere, 'ben', 'ORG_MEMBER', outsider);
    expectRefusal(await t.request(DisablePrincipalDocument, { principalId: stranger.principalId }, contributorElsewhere.token), 'FORBIDDEN');
    const other = await createOrganization(t, 'Unrelated', admin);
    const unrelatedAdmin = await addUser(t, other, 'uma', 'ORG_ADMIN', admin);
    const hidden = expectRefusal(await t.request(DisablePrincipalDocument, { principalId: stranger.principalId }, unrelatedAdmin.token), 'NOT_FOUND');
    const unknown = expectRefusal(await t.request(DisablePrincipalDocument, { principalId: crypto.randomUUID() }, unrelatedAdmin.token), 'NOT_FOUND');
    expect(hidden.message.replace(stranger.principalId, 'ID')).toBe(unknown.message.replace(/[0-9a-f-]{36}/, 'ID'));
  });

  it('refuses to disable the last enabled Org Admin of an organization, and a principal already disabled', async () => {
    const lastAdmin = expectRefusal(await t.request(DisablePrincipalDocument, { principalId: admin.principalId }, admin.token), 'CONFLICT');
    expect(lastAdmin.message).toMatch(/last Org Admin/);
    expect(lastAdmin.extensions?.rule).toBe('LAST_ORG_ADMIN');

    const member = await addUser(t, orgId, 'dave');
    await t.ok(DisablePrincipalDocument, { principalId: member.principalId }, admin.token);
    expect(expectRefusal(await t.request(DisablePrincipalDocument, { principalId: member.principalId }, admin.token), 'CONFLICT').message).toMatch(/already disabled/);
  });

  it('rejects a malformed id before anything else', async () => {
    expectRefusal(await t.request(DisablePrincipalDocument, { principalId: 'not-an-id' }, admin.token), 'BAD_USER_INPUT');
  });

  async function emailOf(actor: Actor): Promise<string | null | undefined> {
    return (await t.ok(ViewerDocument, {}, actor.token)).viewer.principal.email;
  }
});

describe(`a new member's first token (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  it('is returned once, for a user addMember created, and expires after 72 hours', async () => {
    const before = Date.now();
    const added = await t.ok(AddMemberDocument, { organizationId: t.founder.organizationId, email: uniqueEmail('nina'), displayName: 'Nina' }, t.founder.token);
    const { initialToken, principal } = added.addMember.member;
    expect(initialToken?.token).toMatch(/^rgp_/);
    expect(initialToken?.apiToken.name).toBe('initial');
    const expiresIn = Date.parse(initialToken!.apiToken.expiresAt!) - before;
    expect(expiresIn).toBeGreaterThan(71.9 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(72 * 3600_000 + 60_000);
    expect((await t.ok(ViewerDocument, {}, initialToken!.token)).viewer.principal.id).toBe(principal.id);
  });

  it('is not issued for a user Rolegate already knew', async () => {
    const email = uniqueEmail('kim');
    const other = await createOrganization(t, 'Second', founderOf(t));
    await t.ok(AddMemberDocument, { organizationId: t.founder.organizationId, email, displayName: 'Kim' }, t.founder.token);
    const again = await t.ok(AddMemberDocument, { organizationId: other, email, displayName: 'Kim' }, t.founder.token);
    expect(again.addMember.member.initialToken).toBeNull();
  });
});
