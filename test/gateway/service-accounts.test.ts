import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap, type Gateway } from '../../src/app.js';
import { currentRevision } from '../../src/persistence/revision-counter.js';
import { createLogger } from '../../src/server/logger.js';
import {
  AssignRoleDocument,
  ChecksDocument,
  CreateApiTokenDocument,
  CreateEnvironmentDocument,
  CreateOrganizationDocument,
  CreateProjectDocument,
  CreateServiceAccountDocument,
  GrantDeployAccessDocument,
  OrganizationMembersDocument,
  RegisterServiceAccountKeyDocument,
  RemoveMemberDocument,
  RemoveServiceAccountKeyDocument,
  ServiceAccountDocument,
  ServiceAccountEventsDocument,
  ServiceAccountsDocument,
  ViewerDocument,
  WhoCanDocument,
} from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { type GraphQLResponse, onlyError, useTestGateway } from '../support/gateway.js';
import { addUser, disablePrincipal } from '../support/actors.js';
import { createServiceAccount, ed25519KeyPair, registerKey, rsaKeyPair, signToken, TEST_AUDIENCE, type TestKeyPair } from '../support/service-accounts.js';

describe(`service accounts over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  afterAll(async () => {
    expect(t.internalErrors).toEqual([]);
  });

  const org = () => t.founder.organizationId;
  const revision = () => currentRevision(t.database.db.fork());

  const expectRefused = (response: GraphQLResponse<unknown>, code: string, message?: RegExp) => {
    const error = onlyError(response);
    expect(error.extensions?.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
    return error;
  };
  const expectUnauthenticated = async (token: string, message?: RegExp) => {
    const response = await t.request(ViewerDocument, {}, token);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    return expectRefused(response, 'UNAUTHENTICATED', message);
  };
  const viewerOf = async (token: string) => (await t.ok(ViewerDocument, {}, token)).viewer;

  /** A service account with one registered Ed25519 key. */
  const accountWithKey = async (name: string): Promise<{ id: string; key: TestKeyPair; keyId: string }> => {
    const id = await createServiceAccount(t, name);
    const key = await ed25519KeyPair();
    return { id, key, keyId: await registerKey(t, id, key) };
  };

  describe('creation', () => {
    it('is done by an Org Admin with a contact email, makes the account a member, and records both in one revision', async () => {
      const before = await revision();
      const created = await t.ok(
        CreateServiceAccountDocument,
        { organizationId: org(), name: 'Prod deployer', contactEmail: 'Coalesce_SVC@Acme.test', description: 'Deploys PROD from CI' },
        t.founder.token,
      );
      const account = created.createServiceAccount.serviceAccount;
      expect(account).toMatchObject({ organizationId: org(), displayName: 'Prod deployer', contactEmail: 'coalesce_svc@acme.test', description: 'Deploys PROD from CI', disabled: false, keys: [] });
      expect(created.createServiceAccount.revision).toBe(before + 1);
      expect(created.createServiceAccount.changes).toEqual([
        { kind: 'ASSIGN', principalId: account.id, newRole: 'ORG_MEMBER', scope: { level: 'ORGANIZATION', id: org() } },
      ]);

      const events = await t.ok(ServiceAccountEventsDocument, { organizationId: org(), principalId: account.id }, t.founder.token);
      expect(events.accessEvents.edges.map((e) => [e.node.revision, e.node.kind, e.node.newRole])).toEqual([
        [before + 1, 'SERVICE_ACCOUNT_CREATED', null],
        [before + 1, 'MEMBER_ADDED', 'ORG_MEMBER'],
      ]);

      const members = await t.ok(OrganizationMembersDocument, { id: org(), first: 500 }, t.founder.token);
      const asMember = members.organization.members.edges.find((e) => e.node.principalId === account.id);
      expect(asMember?.node).toMatchObject({ role: 'ORG_MEMBER', principal: { kind: 'SERVICE_ACCOUNT', displayName: 'Prod deployer', email: null } });
      const listed = await t.ok(ServiceAccountsDocument, { organizationId: org() }, t.founder.token);
      expect(listed.serviceAccounts.edges.map((e) => e.node.id)).toContain(account.id);
    });

    it('is refused to anyone but an Org Admin, and for roles a service account may not hold, writing nothing', async () => {
      const member = await addUser(t, t.founder.organizationId, 'mo');
      const before = await revision();
      const asMember = await t.request(CreateServiceAccountDocument, { organizationId: org(), name: 'sneaky', contactEmail: 'ops@acme.test' }, member.token);
      expectRefused(asMember, 'FORBIDDEN', /Only an Org Admin/);
      const asAdmin = await t.request(CreateServiceAccountDocument, { organizationId: org(), name: 'too-strong', contactEmail: 'ops@acme.test', role: 'ORG_ADMIN' }, t.founder.token);
      expectRefused(asAdmin, 'BAD_USER_INPUT', /Service accounts may hold only Org Contributor, Org Member, Project Member, Environment Admin and Environment Reader; Org Admin is not allowed/);
      const badEmail = await t.request(CreateServiceAccountDocument, { organizationId: org(), name: 'no-mail', contactEmail: 'nobody' }, t.founder.token);
      expectRefused(badEmail, 'BAD_USER_INPUT', /contactEmail/);

      expect(await revision()).toBe(before);
      const listed = await t.ok(ServiceAccountsDocument, { organizationId: org() }, t.founder.token);
      expect(listed.serviceAccounts.edges.map((e) => e.node.displayName)).not.toEqual(expect.arrayContaining(['sneaky', 'too-strong', 'no-mail']));
    });

    it('can never be given Project Admin: the refusal names the roles a service account may hold', async () => {
      const accountId = await createServiceAccount(t, 'architect-wannabe');
      const project = await t.ok(CreateProjectDocument, { organizationId: org(), name: 'Warehouse' }, t.founder.token);
      const projectScope = { level: 'PROJECT' as const, id: project.createProject.project.id };
      const refused = await t.request(AssignRoleDocument, { principalId: accountId, scope: projectScope, role: 'PROJECT_ADMIN' }, t.founder.token);
      const error = expectRefused(refused, 'BAD_USER_INPUT', /Service accounts may hold only .*; Project Admin is not allowed/);
      expect(error.extensions).toMatchObject({
        rule: 'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED',
        allowedRoles: ['ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER'],
      });
      await t.ok(AssignRoleDocument, { principalId: accountId, scope: projectScope, role: 'PROJECT_MEMBER' }, t.founder.token);
    });
  });

  describe('key-pair authentication', () => {
    it('accepts a token signed with a registered key, named by fingerprint or by key id, as the account', async () => {
      const accountId = await createServiceAccount(t, 'ci');
      const key = await ed25519KeyPair();
      const registered = await t.ok(RegisterServiceAccountKeyDocument, { serviceAccountId: accountId, publicKey: key.publicPem }, t.founder.token);
      const stored = registered.registerServiceAccountKey.key;
      expect(stored).toMatchObject({ serviceAccountId: accountId, keyType: 'ED25519', bits: 256, fingerprint: key.thumbprint, lastUsedAt: null });
      expect(stored.publicKey.trim()).toBe(key.publicPem.trim());

      const viewer = await viewerOf(await signToken(accountId, key));
      expect(viewer.principal).toMatchObject({ id: accountId, kind: 'SERVICE_ACCOUNT', isServiceAccount: true, displayName: 'ci' });
      expect((await viewerOf(await signToken(accountId, key, { kid: stored.id }))).principalId).toBe(accountId);

      const listed = await t.ok(ServiceAccountDocument, { id: accountId }, t.founder.token);
      expect(listed.serviceAccount.keys).toEqual([expect.objectContaining({ id: stored.id, fingerprint: key.thumbprint, lastUsedAt: expect.any(String) })]);
    });

    it('rotates with no downtime: two keys work side by side, a removed key stops at once, a third is refused', async () => {
      const accountId = await createServiceAccount(t, 'rotating');
      const oldKey = await rsaKeyPair();
      const newKey = await ed25519KeyPair();
      const oldKeyId = await registerKey(t, accountId, oldKey);
      const newKeyRegistration = await t.ok(RegisterServiceAccountKeyDocument, { serviceAccountId: accountId, publicKey: JSON.stringify(newKey.publicJwk) }, t.founder.token);
      const newKeyId = newKeyRegistration.registerServiceAccountKey.key.id;

      expect((await viewerOf(await signToken(accountId, oldKey))).principalId).toBe(accountId);
      expect((await viewerOf(await signToken(accountId, newKey))).principalId).toBe(accountId);

      const third = await t.request(RegisterServiceAccountKeyDocument, { serviceAccountId: accountId, publicKey: (await ed25519KeyPair()).publicPem }, t.founder.token);
      expectRefused(third, 'CONFLICT', /at most 2 keys; remove one/);
      const again = await t.request(RegisterServiceAccountKeyDocument, { serviceAccountId: accountId, publicKey: newKey.publicPem }, t.founder.token);
      expectRefused(again, 'CONFLICT', /already registered/);

      const mintedBeforeRemoval = await signToken(accountId, oldKey);
      const removed = await t.ok(RemoveServiceAccountKeyDocument, { id: oldKeyId }, t.founder.token);
      expect(removed.removeServiceAccountKey.key).toEqual({ id: oldKeyId, fingerprint: oldKey.thumbprint });
      await expectUnauthenticated(mintedBeforeRemoval, /unknown or was removed/);
      await expectUnauthenticated(await signToken(accountId, oldKey, { kid: oldKeyId }), /unknown or was removed/);
      expect((await viewerOf(await signToken(accountId, newKey))).principalId).toBe(accountId);

      const events = await t.ok(ServiceAccountEventsDocument, { organizationId: org(), principalId: accountId }, t.founder.token);
      expect(events.accessEvents.edges.map((e) => [e.node.kind, e.node.keyId]).filter(([kind]) => kind!.startsWith('SERVICE_ACCOUNT_KEY'))).toEqual([
        ['SERVICE_ACCOUNT_KEY_REGISTERED', oldKeyId],
        ['SERVICE_ACCOUNT_KEY_REGISTERED', newKeyId],
        ['SERVICE_ACCOUNT_KEY_REMOVED', oldKeyId],
      ]);
    });

    it('accepts a token once: a replay is refused, by this gateway and by any other on the same database', async () => {
      const { id, key } = await accountWithKey('replayed');
      const token = await signToken(id, key);
      expect((await viewerOf(token)).principalId).toBe(id);
      await expectUnauthenticated(token, /used before/);

      const other: Gateway = await bootstrap(t.database.config, { logger: createLogger('error', () => undefined) });
      try {
        const fresh = await signToken(id, key);
        const send = (url: string) =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh}` }, body: JSON.stringify({ query: '{ viewer { principalId } }' }) });
        expect((await send(other.url)).status).toBe(200);
        const replayed = await send(t.gateway.url);
        expect(replayed.status).toBe(401);
        expect(((await replayed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await other.close();
      }
    });

    it('refuses every forbidden algorithm and claim with UNAUTHENTICATED', async () => {
      const { id, key, keyId } = await accountWithKey('strict');
      const { id: otherAccountId } = await accountWithKey('bystander');
      const now = Math.floor(Date.now() / 1000);
      const stranger = await ed25519KeyPair();
      const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
      const claims = { iss: id, sub: id, aud: TEST_AUDIENCE, iat: now, exp: now + 300 };

      const cases: [string, () => Promise<string>, RegExp][] = [
        ['alg none', async () => new UnsecuredJWT({ ...claims, jti: randomUUID() }).encode(), /"none" and shared-secret \(HMAC\) algorithms are refused/],
        [
          'HS256 keyed with the public key (algorithm confusion)',
          () => new SignJWT({ ...claims, jti: randomUUID() }).setProtectedHeader({ alg: 'HS256', kid: key.thumbprint }).sign(new TextEncoder().encode(key.publicPem)),
          /shared-secret \(HMAC\)/,
        ],
        ['ES256, an algorithm outside the list', () => new SignJWT({ ...claims, jti: randomUUID() }).setProtectedHeader({ alg: 'ES256', kid: key.thumbprint }).sign(ecKey), /must be signed with one of RS256/],
        ['RS256 declared over an Ed25519 key', () => signToken(id, key, { alg: 'RS256' }).catch(() => forgedHeader(id, key, 'RS256')), /signature does not verify|must be signed/],
        ['an expired token', () => signToken(id, key, { claims: { iat: now - 600, exp: now - 60 } }), /expired/],
        ['a token not valid yet', () => signToken(id, key, { claims: { nbf: now + 600 } }), /not valid yet/],
        ['another audience', () => signToken(id, key, { claims: { aud: 'https://other.example' } }), /audience.*"rolegate"/],
        ['no jti', () => signToken(id, key, { claims: { jti: undefined } }), /lacks the "jti" claim/],
        ['no exp', () => signToken(id, key, { claims: { exp: undefined } }), /lacks the "exp" claim/],
        ['no iat', () => signToken(id, key, { claims: { iat: undefined } }), /lacks the "iat" claim/],
        ['exp more than an hour ahead', () => signToken(id, key, { claims: { exp: now + 7200 } }), /more than 60 minutes ahead/],
        ['iat in the future', () => signToken(id, key, { claims: { iat: now + 600, exp: now + 900 } }), /issued in the future/],
        ['iat more than an hour ago', () => signToken(id, key, { claims: { iat: now - 4000, exp: now + 60 } }), /issued more than an hour ago/],
        ['iss other than sub', () => signToken(id, key, { claims: { iss: otherAccountId } }), /"iss" and "sub" claims must both be/],
        ['no kid', () => signToken(id, key, { kid: null }), /needs a "kid" header/],
        ['an unknown kid', () => signToken(id, key, { kid: stranger.thumbprint }), /unknown or was removed/],
        ['another key under this key\'s kid', () => signToken(id, stranger, { kid: keyId }), /signature does not verify/],
        ["this key claiming another account", () => signToken(otherAccountId, key), /unknown or was removed/],
        ['an account id that does not exist', () => signToken(randomUUID(), key), /unknown or was removed/],
        ['a mangled signature', async () => (await signToken(id, key)).slice(0, -4) + 'AAAA', /signature does not verify/],
      ];
      for (const [name, make, message] of cases) {
        const error = await expectUnauthenticated(await make(), message).catch((e: Error) => {
          throw new Error(`${name}: ${e.message}`);
        });
        expect(error.message, name).not.toMatch(/at |Error:/);
      }
      expect((await viewerOf(await signToken(id, key))).principalId).toBe(id);
    });

    it('refuses a disabled account, and one removed from its organization', async () => {
      const disabled = await accountWithKey('disabled');
      await disablePrincipal(t, disabled.id);
      await expectUnauthenticated(await signToken(disabled.id, disabled.key), /disabled/);

      const removed = await accountWithKey('removed');
      await t.ok(RemoveMemberDocument, { organizationId: org(), principalId: removed.id }, t.founder.token);
      await expectUnauthenticated(await signToken(removed.id, removed.key), /no longer a member/);
    });

    it('gives service accounts no personal API tokens and no say over their own keys', async () => {
      const { id, key } = await accountWithKey('self-serving');
      expectRefused(await t.request(CreateApiTokenDocument, { name: 'shortcut' }, await signToken(id, key)), 'FORBIDDEN', /short-lived JWTs/);
      const own = await t.ok(ServiceAccountDocument, { id }, await signToken(id, key));
      expect(own.serviceAccount.keys.map((k) => k.fingerprint)).toEqual([key.thumbprint]);
      const selfRegistered = await t.request(RegisterServiceAccountKeyDocument, { serviceAccountId: id, publicKey: (await ed25519KeyPair()).publicPem }, await signToken(id, key));
      expectRefused(selfRegistered, 'FORBIDDEN', /org\.settings\.users/);
    });
  });

  describe('deploy access in one step', () => {
    it('grants Org Member, Project Member and Environment Admin as one change with one revision, and the account can then deploy', async () => {
      const { id, key } = await accountWithKey('deployer');
      await t.ok(RemoveMemberDocument, { organizationId: org(), principalId: id }, t.founder.token);
      const project = (await t.ok(CreateProjectDocument, { organizationId: org(), name: 'Analytics' }, t.founder.token)).createProject.project;
      const prod = (await t.ok(CreateEnvironmentDocument, { projectId: project.id, name: 'PROD', tier: 'PRODUCTION' }, t.founder.token)).createEnvironment.environment;
      const before = await revision();

      const granted = await t.ok(GrantDeployAccessDocument, { serviceAccountId: id, environmentId: prod.id }, t.founder.token);
      expect(granted.grantDeployAccess.revision).toBe(before + 1);
      expect(await revision()).toBe(before + 1);
      expect(granted.grantDeployAccess.changes).toEqual([
        { kind: 'ASSIGN', principalId: id, oldRole: null, newRole: 'ORG_MEMBER', scope: { level: 'ORGANIZATION', id: org() }, cascade: false },
        { kind: 'ASSIGN', principalId: id, oldRole: null, newRole: 'PROJECT_MEMBER', scope: { level: 'PROJECT', id: project.id }, cascade: false },
        { kind: 'ASSIGN', principalId: id, oldRole: null, newRole: 'ENVIRONMENT_ADMIN', scope: { level: 'ENVIRONMENT', id: prod.id }, cascade: false },
      ]);
      const events = await t.ok(ServiceAccountEventsDocument, { organizationId: org(), principalId: id }, t.founder.token);
      expect(events.accessEvents.edges.filter((e) => e.node.revision === before + 1).map((e) => e.node.kind)).toEqual(['MEMBER_ADDED', 'ROLE_ASSIGNED', 'ROLE_ASSIGNED']);

      const deploy = { principalId: id, permissionKey: 'environment.deploy', access: 'WRITE' as const, scope: { level: 'ENVIRONMENT' as const, id: prod.id } };
      const ownCheck = await t.ok(ChecksDocument, { inputs: [deploy] }, await signToken(id, key));
      expect(ownCheck.checks[0]!.allowed).toBe(true);
      const whoCan = await t.ok(WhoCanDocument, { permissionKey: 'environment.deploy', access: 'WRITE', scope: deploy.scope }, t.founder.token);
      expect(whoCan.whoCan.edges.map((e) => e.node.principalId)).toContain(id);

      const repeated = await t.request(GrantDeployAccessDocument, { serviceAccountId: id, environmentId: prod.id }, t.founder.token);
      expectRefused(repeated, 'CONFLICT', /can already deploy/);
      expect(await revision()).toBe(before + 1);
    });

    it('adds only what is missing, turning Environment Reader into Environment Admin', async () => {
      const accountId = await createServiceAccount(t, 'reader-turned-deployer');
      const project = (await t.ok(CreateProjectDocument, { organizationId: org(), name: 'Finance' }, t.founder.token)).createProject.project;
      const uat = (await t.ok(CreateEnvironmentDocument, { projectId: project.id, name: 'UAT', tier: 'UAT' }, t.founder.token)).createEnvironment.environment;
      await t.ok(AssignRoleDocument, { principalId: accountId, scope: { level: 'PROJECT', id: project.id }, role: 'PROJECT_MEMBER' }, t.founder.token);
      await t.ok(AssignRoleDocument, { principalId: accountId, scope: { level: 'ENVIRONMENT', id: uat.id }, role: 'ENVIRONMENT_READER' }, t.founder.token);

      const granted = await t.ok(GrantDeployAccessDocument, { serviceAccountId: accountId, environmentId: uat.id }, t.founder.token);
      expect(granted.grantDeployAccess.changes).toEqual([
        { kind: 'CHANGE', principalId: accountId, oldRole: 'ENVIRONMENT_READER', newRole: 'ENVIRONMENT_ADMIN', scope: { level: 'ENVIRONMENT', id: uat.id }, cascade: false },
      ]);
    });

    it('is authorised grant by grant: a Project Admin cannot add a member, and nothing is written', async () => {
      const accountId = await createServiceAccount(t, 'outsider');
      await t.ok(RemoveMemberDocument, { organizationId: org(), principalId: accountId }, t.founder.token);
      const lead = await addUser(t, t.founder.organizationId, 'lead', 'ORG_CONTRIBUTOR');
      const project = (await t.ok(CreateProjectDocument, { organizationId: org(), name: 'Lead project' }, lead.token)).createProject.project;
      const qa = (await t.ok(CreateEnvironmentDocument, { projectId: project.id, name: 'QA', tier: 'QA' }, lead.token)).createEnvironment.environment;
      const before = await revision();

      const refused = await t.request(GrantDeployAccessDocument, { serviceAccountId: accountId, environmentId: qa.id }, lead.token);
      expectRefused(refused, 'FORBIDDEN', /Only an Org Admin/);
      expect(await revision()).toBe(before);
    });
  });

  describe('visibility', () => {
    it('hides service accounts from members who do not manage them and from other tenants', async () => {
      const { id, keyId } = await accountWithKey('hidden');
      const outsider = await addUser(t, t.founder.organizationId, 'olga');
      const otherOrg = (await t.ok(CreateOrganizationDocument, { name: 'Globex' }, outsider.token)).createOrganization.organization;
      const otherProject = (await t.ok(CreateProjectDocument, { organizationId: otherOrg.id, name: 'G' }, outsider.token)).createProject.project;
      const otherEnv = (await t.ok(CreateEnvironmentDocument, { projectId: otherProject.id, name: 'PROD', tier: 'PRODUCTION' }, outsider.token)).createEnvironment.environment;

      expectRefused(await t.request(ServiceAccountDocument, { id }, outsider.token), 'NOT_FOUND');
      expectRefused(await t.request(RegisterServiceAccountKeyDocument, { serviceAccountId: id, publicKey: (await ed25519KeyPair()).publicPem }, outsider.token), 'NOT_FOUND');
      const removal = expectRefused(await t.request(RemoveServiceAccountKeyDocument, { id: keyId }, outsider.token), 'NOT_FOUND');
      expect(removal.message).not.toContain(id);
      expectRefused(await t.request(GrantDeployAccessDocument, { serviceAccountId: id, environmentId: otherEnv.id }, outsider.token), 'NOT_FOUND');
      expectRefused(await t.request(ServiceAccountsDocument, { organizationId: org() }, outsider.token), 'FORBIDDEN');
      const ownList = await t.ok(ServiceAccountsDocument, { organizationId: otherOrg.id }, outsider.token);
      expect(ownList.serviceAccounts.edges).toEqual([]);
    });
  });
});

/** A token whose header names an algorithm its signature was not made with. */
async function forgedHeader(accountId: string, key: TestKeyPair, alg: string): Promise<string> {
  const genuine = await signToken(accountId, key);
  const [, payload, signature] = genuine.split('.');
  const header = Buffer.from(JSON.stringify({ alg, kid: key.thumbprint })).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
