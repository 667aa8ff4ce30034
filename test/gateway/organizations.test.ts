import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  AddMemberDocument,
  AssignRoleDocument,
  CreateOrganizationDocument,
  OrganizationDocument,
  OrganizationMembersDocument,
  OrganizationsDocument,
  RemoveMemberDocument,
  RevokeRoleDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import { addServiceAccount, addUser, createOrganization, founderOf, organizationScope, uniqueEmail } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { useTestGateway } from '../support/gateway.js';
import { everyPage } from '../support/pages.js';
import { expectRefusal } from '../support/refusals.js';

describe(`organizations and their members over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  const membersOf = async (organizationId: string, token = t.founder.token) => {
    const data = await t.ok(OrganizationMembersDocument, { id: organizationId, first: 500 }, token);
    return Object.fromEntries(data.organization.members.edges.map((e) => [e.node.principalId, e.node.role]));
  };

  describe('createOrganization', () => {
    it('makes the caller Org Admin of the new organization and returns the change with its revision', async () => {
      const first = await t.ok(CreateOrganizationDocument, { name: '  Umbrella  ' }, t.founder.token);
      const { organization, changes, revision } = first.createOrganization;
      expect(organization.name).toBe('Umbrella');
      expect(changes).toEqual([
        { kind: 'ASSIGN', principalId: t.founder.adminId, scope: { level: 'ORGANIZATION', id: organization.id }, oldRole: null, newRole: 'ORG_ADMIN', cascade: false },
      ]);
      expect(revision).toBeGreaterThan(t.founder.revision);

      const second = await t.ok(CreateOrganizationDocument, { name: 'Umbrella 2' }, t.founder.token);
      expect(second.createOrganization.revision).toBe(revision + 1);

      const read = await t.ok(OrganizationDocument, { id: organization.id }, t.founder.token);
      expect(read.organization).toMatchObject({ id: organization.id, name: 'Umbrella', projects: { edges: [], pageInfo: { hasNextPage: false } } });
      expect(await membersOf(organization.id)).toEqual({ [t.founder.adminId]: 'ORG_ADMIN' });
    });

    it('is refused to service accounts, which may not hold Org Admin (FORBIDDEN)', async () => {
      const robot = await addServiceAccount(t, t.founder.organizationId, 'robot', 'ORG_CONTRIBUTOR');
      const error = expectRefusal(await t.request(CreateOrganizationDocument, { name: 'Robots' }, robot.token), 'FORBIDDEN');
      expect(error.message).toMatch(/Service accounts cannot create organizations/);
    });
  });

  describe('viewer, organization and organizations', () => {
    it('tell a member who it is and which organizations it belongs to, a page at a time', async () => {
      const ids = [await createOrganization(t, 'One'), await createOrganization(t, 'Two'), await createOrganization(t, 'Three')];
      const email = uniqueEmail('Mixed.Case');
      const joined = await t.ok(AddMemberDocument, { organizationId: ids[0]!, email, displayName: 'Mia' }, t.founder.token);
      const mia = joined.addMember.member.principal.id;
      const token = joined.addMember.member.initialToken!.token;
      await t.ok(AddMemberDocument, { organizationId: ids[2]!, email: email.toUpperCase(), displayName: 'Ignored' }, t.founder.token);

      const viewer = await t.ok(ViewerDocument, {}, token);
      expect(viewer.viewer).toEqual({ principalId: mia, principal: { id: mia, kind: 'USER', isServiceAccount: false, displayName: 'Mia', email: email.toLowerCase(), disabled: false } });

      const firstPage = await t.ok(OrganizationsDocument, { first: 1 }, token);
      expect(firstPage.organizations.pageInfo.hasNextPage).toBe(true);
      const secondPage = await t.ok(OrganizationsDocument, { first: 1, after: firstPage.organizations.pageInfo.endCursor }, token);
      expect(secondPage.organizations.pageInfo).toEqual({ hasNextPage: false, endCursor: secondPage.organizations.edges[0]!.cursor });
      const listed = [...firstPage.organizations.edges, ...secondPage.organizations.edges].map((e) => e.node);
      expect(listed.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [
          { id: ids[0]!, name: 'One' },
          { id: ids[2]!, name: 'Three' },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );

      expect((await t.ok(OrganizationDocument, { id: ids[2]! }, token)).organization.name).toBe('Three');
      const hidden = expectRefusal(await t.request(OrganizationDocument, { id: ids[1]! }, token), 'NOT_FOUND');
      expect(hidden.message).toBe(`No organization with id ${ids[1]} is visible to you.`);
    });
  });

  describe('addMember', () => {
    it('adds a new user as Org Member by default and returns the user, the change and the revision', async () => {
      const organizationId = await createOrganization(t, 'Members default');
      const email = uniqueEmail('bob');
      const added = await t.ok(AddMemberDocument, { organizationId, email: ` ${email.toUpperCase()} `, displayName: ' Bob ' }, t.founder.token);
      const { member: { principal }, changes, revision } = added.addMember;
      expect(principal).toMatchObject({ email, displayName: 'Bob', kind: 'USER' });
      expect(changes).toEqual([{ kind: 'ASSIGN', principalId: principal.id, scope: { level: 'ORGANIZATION', id: organizationId }, oldRole: null, newRole: 'ORG_MEMBER', cascade: false }]);
      expect(revision).toBeGreaterThan(0);
      expect(await membersOf(organizationId)).toEqual({ [t.founder.adminId]: 'ORG_ADMIN', [principal.id]: 'ORG_MEMBER' });
    });

    it('adds with the organization role asked for, Org Admin included', async () => {
      const organizationId = await createOrganization(t, 'Members roles');
      const contributor = await addUser(t, organizationId, 'carol', 'ORG_CONTRIBUTOR');
      const admin = await addUser(t, organizationId, 'alan', 'ORG_ADMIN');
      expect(await membersOf(organizationId)).toMatchObject({ [contributor.principalId]: 'ORG_CONTRIBUTOR', [admin.principalId]: 'ORG_ADMIN' });
    });

    it('adds a user Rolegate already knows under its existing identity and name', async () => {
      const first = await createOrganization(t, 'First home');
      const second = await createOrganization(t, 'Second home');
      const email = uniqueEmail('dora');
      const original = await t.ok(AddMemberDocument, { organizationId: first, email, displayName: 'Dora' }, t.founder.token);
      const again = await t.ok(AddMemberDocument, { organizationId: second, email, displayName: 'Someone else' }, t.founder.token);
      expect(again.addMember.member.principal).toEqual(original.addMember.member.principal);
    });

    it('refuses a principal that is already a member (CONFLICT), and anyone but an Org Admin (FORBIDDEN)', async () => {
      const organizationId = await createOrganization(t, 'Members refusals');
      const email = uniqueEmail('erin');
      await t.ok(AddMemberDocument, { organizationId, email, displayName: 'Erin' }, t.founder.token);
      const duplicate = expectRefusal(await t.request(AddMemberDocument, { organizationId, email, displayName: 'Erin', role: 'ORG_ADMIN' }, t.founder.token), 'CONFLICT');
      expect(duplicate.message).toMatch(/already a member .* as Org Member; change their role instead/);

      const contributor = await addUser(t, organizationId, 'frank', 'ORG_CONTRIBUTOR');
      const refused = expectRefusal(await t.request(AddMemberDocument, { organizationId, email: uniqueEmail('gus'), displayName: 'Gus' }, contributor.token), 'FORBIDDEN');
      expect(refused.extensions).toMatchObject({ rule: 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', organizationId });
    });
  });

  describe('changing and removing organization roles', () => {
    it('changes an organization role and reports the old and the new one', async () => {
      const organizationId = await createOrganization(t, 'Change roles');
      const member = await addUser(t, organizationId, 'hugo');
      const changed = await t.ok(AssignRoleDocument, { principalId: member.principalId, scope: organizationScope(organizationId), role: 'ORG_CONTRIBUTOR' }, t.founder.token);
      expect(changed.assignRole.changes).toEqual([
        { kind: 'CHANGE', principalId: member.principalId, scope: { level: 'ORGANIZATION', id: organizationId }, oldRole: 'ORG_MEMBER', newRole: 'ORG_CONTRIBUTOR', cascade: false },
      ]);
      expect((await membersOf(organizationId))[member.principalId]).toBe('ORG_CONTRIBUTOR');

      const same = expectRefusal(await t.request(AssignRoleDocument, { principalId: member.principalId, scope: organizationScope(organizationId), role: 'ORG_CONTRIBUTOR' }, t.founder.token), 'CONFLICT');
      expect(same.message).toMatch(/already holds Org Contributor/);
    });

    it('removes an organization role with removeMember or revokeRole alike', async () => {
      const organizationId = await createOrganization(t, 'Remove roles');
      const first = await addUser(t, organizationId, 'ida');
      const second = await addUser(t, organizationId, 'jon');
      const removed = await t.ok(RemoveMemberDocument, { organizationId, principalId: first.principalId }, t.founder.token);
      expect(removed.removeMember.changes).toEqual([
        { kind: 'REVOKE', principalId: first.principalId, scope: { level: 'ORGANIZATION', id: organizationId }, oldRole: 'ORG_MEMBER', newRole: null, cascade: false },
      ]);
      const revoked = await t.ok(RevokeRoleDocument, { principalId: second.principalId, scope: organizationScope(organizationId) }, t.founder.token);
      expect(revoked.revokeRole.revision).toBe(removed.removeMember.revision + 1);
      expect(await membersOf(organizationId)).toEqual({ [t.founder.adminId]: 'ORG_ADMIN' });
    });

    it('lets only Org Admins change or remove organization roles (FORBIDDEN)', async () => {
      const organizationId = await createOrganization(t, 'Only admins');
      const contributor = await addUser(t, organizationId, 'kim', 'ORG_CONTRIBUTOR');
      const member = await addUser(t, organizationId, 'lou');
      const change = await t.request(AssignRoleDocument, { principalId: member.principalId, scope: organizationScope(organizationId), role: 'ORG_CONTRIBUTOR' }, contributor.token);
      expect(expectRefusal(change, 'FORBIDDEN').extensions?.rule).toBe('ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES');
      const removal = await t.request(RemoveMemberDocument, { organizationId, principalId: member.principalId }, contributor.token);
      expect(expectRefusal(removal, 'FORBIDDEN').extensions?.rule).toBe('ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES');
    });

    it('never removes or demotes the last Org Admin (CONFLICT), and does once another exists', async () => {
      const organizationId = await createOrganization(t, 'Last admin');
      const founder = founderOf(t);
      const removal = await t.request(RemoveMemberDocument, { organizationId, principalId: founder.principalId }, founder.token);
      expect(expectRefusal(removal, 'CONFLICT').extensions).toMatchObject({ rule: 'LAST_ORG_ADMIN', principalId: founder.principalId, organizationId });
      const demotion = await t.request(AssignRoleDocument, { principalId: founder.principalId, scope: organizationScope(organizationId), role: 'ORG_MEMBER' }, founder.token);
      expect(expectRefusal(demotion, 'CONFLICT').message).toMatch(/last Org Admin .* make another principal Org Admin/);

      const successor = await addUser(t, organizationId, 'max', 'ORG_ADMIN');
      const demoted = await t.ok(AssignRoleDocument, { principalId: founder.principalId, scope: organizationScope(organizationId), role: 'ORG_MEMBER' }, successor.token);
      expect(demoted.assignRole.changes[0]).toMatchObject({ kind: 'CHANGE', oldRole: 'ORG_ADMIN', newRole: 'ORG_MEMBER' });
      const lastAgain = await t.request(RemoveMemberDocument, { organizationId, principalId: successor.principalId }, successor.token);
      expect(expectRefusal(lastAgain, 'CONFLICT').extensions?.rule).toBe('LAST_ORG_ADMIN');
    });

    it('keeps an Org Admin when the last two step down at the same moment (one of them gets CONFLICT)', async () => {
      const organizationId = await createOrganization(t, 'Simultaneous');
      const founder = founderOf(t);
      const other = await addUser(t, organizationId, 'rival', 'ORG_ADMIN');
      const stepDown = (actor: typeof founder) => t.request(AssignRoleDocument, { principalId: actor.principalId, scope: organizationScope(organizationId), role: 'ORG_MEMBER' }, actor.token);
      const responses = await Promise.all([stepDown(founder), stepDown(other)]);
      const refused = responses.filter((r) => r.errors);
      expect(refused).toHaveLength(1);
      expect(expectRefusal(refused[0]!, 'CONFLICT').extensions?.rule).toBe('LAST_ORG_ADMIN');
      const roles = Object.values(await membersOf(organizationId, responses[0]!.errors ? founder.token : other.token));
      expect(roles.sort()).toEqual(['ORG_ADMIN', 'ORG_MEMBER']);
    });
  });

  describe('organization members', () => {
    it('lists each member with its role, a page at a time, ordered and resumable by cursor', async () => {
      const organizationId = await createOrganization(t, 'Paged members');
      const added = [await addUser(t, organizationId, 'nia'), await addUser(t, organizationId, 'oto', 'ORG_CONTRIBUTOR'), await addUser(t, organizationId, 'pia')];
      const { nodes, pages } = await everyPage(async (after) => (await t.ok(OrganizationMembersDocument, { id: organizationId, first: 2, after }, t.founder.token)).organization.members);
      const seen = nodes.map((m) => ({ principalId: m.principalId, role: m.role, displayName: m.principal.displayName, scope: m.scope }));
      expect(pages).toBe(2);
      expect(seen.map((m) => m.principalId)).toEqual([...seen.map((m) => m.principalId)].sort());
      expect(seen).toHaveLength(4);
      expect(seen.find((m) => m.principalId === added[1]!.principalId)).toEqual({
        principalId: added[1]!.principalId,
        role: 'ORG_CONTRIBUTOR',
        displayName: 'oto',
        scope: { level: 'ORGANIZATION', id: organizationId },
      });
    });

    it('are hidden from members who are not Org Admins (FORBIDDEN: the organization itself is visible to them)', async () => {
      const organizationId = await createOrganization(t, 'Hidden members');
      const contributor = await addUser(t, organizationId, 'quin', 'ORG_CONTRIBUTOR');
      expect((await t.ok(OrganizationDocument, { id: organizationId }, contributor.token)).organization.id).toBe(organizationId);
      const refused = expectRefusal(await t.request(OrganizationMembersDocument, { id: organizationId }, contributor.token), 'FORBIDDEN');
      expect(refused.message).toMatch(/org\.settings\.users/);
    });
  });
});
