import { describe, expect, it } from 'vitest';
import { runAccessChange, type AccessEventInput } from '../../src/persistence/access-change.js';
import { CHANGED_ACCESS_LIMIT } from '../../src/persistence/repositories/access-event.repository.js';
import { EffectivePermissionsDocument, ViewerDocument } from '../generated/graphql.js';
import { addUser, assignRole, createEnvironment, createProject, environmentScope, projectScope, type Actor } from '../support/actors.js';
import { servicesElsewhere } from '../support/another-instance.js';
import { TEST_DIALECT } from '../support/database.js';
import { onlyError, useTestGateway } from '../support/gateway.js';

/**
 * Each instance keeps the grants it has read in memory (ROLEGATE_GRANT_CACHE_SIZE). These tests
 * change access behind the gateway's back, as another instance or the CLI would (through the same
 * use cases, so the event log records it, but with no hook of this gateway), and check that the
 * very next request sees it.
 */
describe(`the instance's grant cache (${TEST_DIALECT})`, () => {
  // The feed's catch-up poll would also forget changes: only the request's own catch-up may.
  const t = useTestGateway({ feed: { pollIntervalMs: 3_600_000 } });

  async function memberWithProjectRole(): Promise<{ member: Actor; projectId: string; environmentId: string }> {
    const organizationId = t.founder.organizationId;
    const projectId = await createProject(t, organizationId, `Cached ${Math.random()}`);
    const environmentId = await createEnvironment(t, projectId, 'prod', 'PRODUCTION');
    const member = await addUser(t, organizationId, 'Casey');
    await assignRole(t, member.principalId, projectScope(projectId), 'PROJECT_CONTRIBUTOR');
    return { member, projectId, environmentId };
  }

  const permissionsOf = async (principalId: string, environmentId: string, token = t.founder.token) =>
    (await t.ok(EffectivePermissionsDocument, { principalId, scope: environmentScope(environmentId) }, token)).effectivePermissions.permissions.map((p) => `${p.key}:${p.access}`);

  it('applies a role revoked by another instance to the very next request', async () => {
    const { member, projectId, environmentId } = await memberWithProjectRole();
    const before = await permissionsOf(member.principalId, environmentId);
    expect(before).toContain('environment.deployments:READ');

    await (await servicesElsewhere(t, t.founder.token)).roles.revoke(member.principalId, projectScope(projectId));
    const after = await permissionsOf(member.principalId, environmentId);
    expect(after).not.toContain('environment.deployments:READ');
    expect(after.length).toBeLessThan(before.length);
  });

  it('shows a member its own loss at once when another instance removes its project role', async () => {
    const { member, projectId, environmentId } = await memberWithProjectRole();
    expect(await permissionsOf(member.principalId, environmentId, member.token)).toContain('environment.deployments:READ');

    await (await servicesElsewhere(t, t.founder.token)).roles.revoke(member.principalId, projectScope(projectId));
    expect(await permissionsOf(member.principalId, environmentId, member.token)).not.toContain('environment.deployments:READ');
  });

  it('refuses the token of a principal another instance disabled at the next request', async () => {
    const { member } = await memberWithProjectRole();
    await t.ok(ViewerDocument, {}, member.token);
    await (await servicesElsewhere(t, t.founder.token)).principals.disable(member.principalId);
    expect(onlyError(await t.request(ViewerDocument, {}, member.token)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a principal another instance disabled as holding nothing at the next request', async () => {
    const { member, environmentId } = await memberWithProjectRole();
    expect((await permissionsOf(member.principalId, environmentId)).length).toBeGreaterThan(0);
    await (await servicesElsewhere(t, t.founder.token)).principals.disable(member.principalId);
    expect(await permissionsOf(member.principalId, environmentId)).toEqual([]);
  });

  it('forgets everything it holds after more changes than it reads one by one, and still answers right', async () => {
    const { member, projectId, environmentId } = await memberWithProjectRole();
    expect(await permissionsOf(member.principalId, environmentId)).toContain('environment.deployments:READ');

    // More changed principals in one revision than a catch-up reads one by one, so the cache resets.
    const noise: AccessEventInput[] = Array.from({ length: CHANGED_ACCESS_LIMIT + 200 }, (_, i) => ({
      kind: 'TOKEN_REVOKED',
      organizationId: null,
      principalId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    await runAccessChange(t.database.db.fork(), null, async (change) => change.record(...noise));
    await (await servicesElsewhere(t, t.founder.token)).roles.revoke(member.principalId, projectScope(projectId));
    expect(await permissionsOf(member.principalId, environmentId)).not.toContain('environment.deployments:READ');
  });
});
