import { beforeAll, describe, expect, it } from 'vitest';
import { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import { ServiceAccountKey } from '../../src/persistence/entities/service-account-key.entity.js';
import {
  AssignRoleDocument,
  ChecksDocument,
  CreateEnvironmentDocument,
  CreateProjectDocument,
  GrantDeployAccessDocument,
  ServiceAccountFindingsDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { onlyError, useTestGateway } from '../support/gateway.js';
import { addUser } from '../support/actors.js';
import { createServiceAccount, ed25519KeyPair, registerKey, signToken } from '../support/service-accounts.js';

const DAY_MS = 86_400_000;

describe(`the service-account advisor over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  const environments: Record<'prod' | 'uat' | 'dev', string> = { prod: '', uat: '', dev: '' };
  let projectId: string;

  beforeAll(async () => {
    projectId = (await t.ok(CreateProjectDocument, { organizationId: t.founder.organizationId, name: 'Data' }, t.founder.token)).createProject.project.id;
    for (const [name, tier] of [['prod', 'PRODUCTION'], ['uat', 'UAT'], ['dev', 'DEVELOPMENT']] as const) {
      environments[name] = (await t.ok(CreateEnvironmentDocument, { projectId, name, tier }, t.founder.token)).createEnvironment.environment.id;
    }
  });

  /** An account with a key it has authenticated with, Environment Admin on the given environments. */
  const deployer = async (name: string, contactEmail: string, deploysTo: readonly string[]) => {
    const id = await createServiceAccount(t, name, contactEmail);
    const key = await ed25519KeyPair();
    const keyId = await registerKey(t, id, key);
    await t.ok(ViewerDocument, {}, await signToken(id, key));
    for (const environmentId of deploysTo) await t.ok(GrantDeployAccessDocument, { serviceAccountId: id, environmentId }, t.founder.token);
    return { id, key, keyId };
  };
  /** History older than the usage window, as if the roles had been given 40 days ago. */
  const backdateRoles = (principalId: string) =>
    t.database.db.fork().nativeUpdate(AccessEvent, { principalId }, { occurredAt: new Date(Date.now() - 40 * DAY_MS) });
  const checkDeploy = async (principalId: string, token: string, environmentId: string) => {
    const inputs = [{ principalId, permissionKey: 'environment.deploy', access: 'WRITE' as const, scope: { level: 'ENVIRONMENT' as const, id: environmentId } }];
    expect((await t.ok(ChecksDocument, { inputs }, token)).checks[0]!.allowed).toBe(true);
  };

  it('reports each unmet practice of accounts built to break one each, and nothing for one that meets them all', async () => {
    const exemplary = await deployer('exemplary', 'coalesce_svc@acme.test', [environments.prod]);
    await backdateRoles(exemplary.id);
    await checkDeploy(exemplary.id, await signToken(exemplary.id, exemplary.key), environments.prod);

    await deployer('personal', 'ada.lovelace@acme.test', []);
    const developer = await deployer('developer', 'dev-svc@acme.test', []);
    await t.ok(AssignRoleDocument, { principalId: developer.id, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_MEMBER' }, t.founder.token);
    await t.ok(AssignRoleDocument, { principalId: developer.id, scope: { level: 'ENVIRONMENT', id: environments.dev }, role: 'ENVIRONMENT_READER' }, t.founder.token);
    await deployer('everywhere', 'deploy-team@acme.test', [environments.prod, environments.uat]);
    await createServiceAccount(t, 'keyless', 'keyless-svc@acme.test');
    const unused = await deployer('spare-key', 'spare-svc@acme.test', []);
    const spareKeyId = await registerKey(t, unused.id, await ed25519KeyPair());
    const stale = await deployer('stale-key', 'stale-svc@acme.test', []);
    await t.database.db.fork().nativeUpdate(ServiceAccountKey, { id: stale.keyId }, { createdAt: new Date(Date.now() - 120 * DAY_MS) });
    const idle = await deployer('idle', 'idle-svc@acme.test', [environments.prod]);
    await backdateRoles(idle.id);

    const report = await t.ok(ServiceAccountFindingsDocument, { organizationId: t.founder.organizationId }, t.founder.token);
    const byName = Object.fromEntries(report.serviceAccountFindings.map((r) => [r.serviceAccount.displayName, r.findings]));
    const rules = (name: string) => byName[name]!.map((f) => [f.rule, f.severity, f.scope?.id ?? f.keyId ?? null]);

    expect(Object.keys(byName).sort()).toEqual(['developer', 'everywhere', 'exemplary', 'idle', 'keyless', 'personal', 'spare-key', 'stale-key']);
    expect(byName.exemplary).toEqual([]);
    expect(rules('personal')).toEqual([['PERSONAL_CONTACT_EMAIL', 'MEDIUM', null]]);
    expect(rules('developer')).toEqual([['ROLE_IN_DEVELOPMENT_ENVIRONMENT', 'MEDIUM', environments.dev]]);
    expect(rules('everywhere')).toEqual([['ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS', 'HIGH', null]]);
    expect(rules('keyless')).toEqual([['NO_KEY', 'LOW', null]]);
    expect(rules('spare-key')).toEqual([['KEY_NEVER_USED', 'LOW', spareKeyId]]);
    expect(rules('stale-key')).toEqual([['KEY_TOO_OLD', 'HIGH', stale.keyId]]);
    expect(rules('idle')).toEqual([
      ['ROLE_UNUSED', 'MEDIUM', t.founder.organizationId],
      ['ROLE_UNUSED', 'MEDIUM', projectId],
      ['ROLE_UNUSED', 'MEDIUM', environments.prod],
    ]);
    expect(byName.idle![2]).toMatchObject({ role: 'ENVIRONMENT_ADMIN', scope: { level: 'ENVIRONMENT' }, fix: expect.stringMatching(/Revoke/) });
    expect(byName.personal![0]!.message).toContain('ada.lovelace@acme.test');

    await checkDeploy(idle.id, await signToken(idle.id, idle.key), environments.prod);
    const afterUse = await t.ok(ServiceAccountFindingsDocument, { organizationId: t.founder.organizationId }, t.founder.token);
    expect(afterUse.serviceAccountFindings.find((r) => r.serviceAccount.displayName === 'idle')!.findings).toEqual([]);
  });

  it('is for Org Admins only', async () => {
    const member = await addUser(t, t.founder.organizationId, 'curious');
    const refused = await t.request(ServiceAccountFindingsDocument, { organizationId: t.founder.organizationId }, member.token);
    expect(onlyError(refused).extensions?.code).toBe('FORBIDDEN');
  });
});
