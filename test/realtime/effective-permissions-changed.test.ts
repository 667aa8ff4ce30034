import { describe, expect, it } from 'vitest';
import {
  AccessChangedDocument,
  AssignRoleDocument,
  CreateOrganizationDocument,
  EffectivePermissionsChangedDocument,
  EffectivePermissionsDocument,
  RemoveMemberDocument,
  RevokeRoleDocument,
  type EffectivePermissionsChangedSubscription,
  type Role,
  type ScopeLevel,
} from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { type LiveSubscription, useFeedClients } from '../support/feed-client.js';
import { useTestGateway } from '../support/gateway.js';
import { addMember, auditLog, createEnvironment, createProject } from './fixtures.js';

type Update = EffectivePermissionsChangedSubscription['effectivePermissionsChanged'];
type Scope = { readonly level: ScopeLevel; readonly id: string };
type Held = { key: string; access: string; grants: { role: string; access: string; scope: Scope }[] };

/** Permissions compared by what they are: key, access, and the grants that give them. */
const normalise = (permissions: readonly Held[]): Held[] =>
  permissions.map((p) => ({ key: p.key, access: p.access, grants: p.grants.map((g) => ({ role: g.role, access: g.access, scope: { level: g.scope.level, id: g.scope.id } })) }));

/** The diff a client should be sent between two sets, by key and access. */
function expectedDiff(before: readonly Held[], after: readonly Held[]) {
  const was = new Map(before.map((p) => [p.key, p.access]));
  const now = new Map(after.map((p) => [p.key, p.access]));
  return {
    added: after.filter((p) => !was.has(p.key)).map((p) => ({ key: p.key, access: p.access })),
    removed: before.filter((p) => !now.has(p.key)).map((p) => ({ key: p.key, access: p.access })),
    changed: after.filter((p) => was.has(p.key) && was.get(p.key) !== p.access).map((p) => ({ key: p.key, before: was.get(p.key)!, after: p.access, permission: { key: p.key } })),
  };
}

describe(`effectivePermissionsChanged over graphql-ws (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  const { connect } = useFeedClients(() => t.gateway.url);


  it('sends the current set, then the new set and its diff after each change that alters it, and nothing after one that does not', async () => {
    const organizationId = t.founder.organizationId;
    const target = await addMember(t, 'target@acme.test');
    const bystander = await addMember(t, 'bystander@acme.test');
    // A second organization keeps the target's token working after it leaves this one.
    await t.ok(CreateOrganizationDocument, { name: 'Side' }, target.token);
    const project = await createProject(t, 'Watched');
    const otherProject = await createProject(t, 'Elsewhere');
    const environment = await createEnvironment(t, project.id, 'watched dev');
    const sibling = await createEnvironment(t, project.id, 'sibling dev');
    const scopes: Record<string, Scope> = {
      organization: { level: 'ORGANIZATION', id: organizationId },
      project: { level: 'PROJECT', id: project.id },
      environment: { level: 'ENVIRONMENT', id: environment.id },
    };

    const snapshot = async (scope: Scope): Promise<Held[]> => {
      const response = await t.request(EffectivePermissionsDocument, { principalId: target.principalId, scope }, t.founder.token);
      if (response.errors?.[0]?.extensions?.code === 'NOT_FOUND') return [];
      return normalise(response.data!.effectivePermissions.permissions);
    };
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;
    // The admin's whole-organization feed is the barrier: once it has a revision, so has every subscription.
    const barrier = connect(t.founder.token).subscribe(AccessChangedDocument, { organizationId, afterRevision: start });
    const watches = {
      organization: connect(t.founder.token).subscribe(EffectivePermissionsChangedDocument, { principalId: target.principalId, scope: scopes.organization! }),
      project: connect(target.token).subscribe(EffectivePermissionsChangedDocument, { principalId: target.principalId, scope: scopes.project! }),
      environment: connect(t.founder.token).subscribe(EffectivePermissionsChangedDocument, { principalId: target.principalId, scope: scopes.environment! }),
    };
    for (const watch of Object.values(watches)) await watch.received(1);
    const expected: Record<string, { revision: number | null; permissions: Held[] }[]> = {};
    for (const [name, scope] of Object.entries(scopes)) expected[name] = [{ revision: null, permissions: await snapshot(scope) }];

    const assign = (principalId: string, scope: Scope, role: Role) => t.ok(AssignRoleDocument, { principalId, scope, role }, t.founder.token).then((r) => r.assignRole.revision);
    const steps: [string, () => Promise<number>][] = [
      ['a project role', () => assign(target.principalId, scopes.project!, 'PROJECT_MEMBER')],
      ["someone else's role", () => assign(bystander.principalId, scopes.project!, 'PROJECT_ADMIN')],
      ['a changed project role', () => assign(target.principalId, scopes.project!, 'PROJECT_CONTRIBUTOR')],
      ['a new environment', () => createEnvironment(t, project.id, 'new dev').then((e) => e.revision)],
      ['an environment role', () => assign(target.principalId, scopes.environment!, 'ENVIRONMENT_ADMIN')],
      ['a role in another project', () => assign(target.principalId, { level: 'PROJECT', id: otherProject.id }, 'PROJECT_MEMBER')],
      ['a role in a sibling environment', () => assign(target.principalId, { level: 'ENVIRONMENT', id: sibling.id }, 'ENVIRONMENT_READER')],
      ['a changed organization role', () => assign(target.principalId, scopes.organization!, 'ORG_CONTRIBUTOR')],
      ['a revoked environment role', () =>
        t.ok(RevokeRoleDocument, { principalId: target.principalId, scope: scopes.environment! }, t.founder.token).then((r) => r.revokeRole.revision)],
      ['the strongest project role', () => assign(target.principalId, scopes.project!, 'PROJECT_ADMIN')],
    ];
    for (const [, step] of steps) {
      const revision = await step();
      await barrier.until((s) => s.data.some((d) => d.accessChanged.revision === revision), 10_000, `revision ${revision} on the barrier`);
      for (const [name, scope] of Object.entries(scopes)) {
        const now = await snapshot(scope);
        if (JSON.stringify(now) !== JSON.stringify(expected[name]!.at(-1)!.permissions)) expected[name]!.push({ revision, permissions: now });
      }
    }
    const removal = (await t.ok(RemoveMemberDocument, { organizationId, principalId: target.principalId }, t.founder.token)).removeMember.revision;
    expected.organization!.push({ revision: removal, permissions: [] });
    expected.environment!.push({ revision: removal, permissions: [] });

    await watches.organization.received(expected.organization!.length);
    await watches.environment.received(expected.environment!.length);
    await watches.project.until((s) => s.ended);

    // The steps were chosen so that every kind of change shows up somewhere, and irrelevant ones nowhere.
    expect(expected.environment!.length).toBeGreaterThanOrEqual(5);
    for (const name of Object.keys(scopes)) expect(expected[name]!.length).toBeLessThan(steps.length + 2);
    for (const name of ['organization', 'environment', 'project'] as const) {
      const updates: Update[] = watches[name].data.map((d) => d.effectivePermissionsChanged);
      expect(updates.map((u) => normalise(u.effectivePermissions.permissions))).toEqual(expected[name]!.map((e) => e.permissions));
      expect(updates.slice(1).map((u) => u.revision)).toEqual(expected[name]!.slice(1).map((e) => e.revision));
      expect(updates[0]!.revision).toBeGreaterThanOrEqual(start);
      for (const [i, update] of updates.entries()) {
        expect(update.effectivePermissions).toMatchObject({ principalId: target.principalId, principal: { id: target.principalId, displayName: 'target' }, scope: scopes[name] });
        expect(update.diff).toEqual(expectedDiff(i === 0 ? [] : expected[name]![i - 1]!.permissions, expected[name]![i]!.permissions));
      }
    }
    // The target, removed from the organization, may no longer see anything in it.
    expect(watches.project.errorCode).toBe('FORBIDDEN');
    const changedKinds = new Set(
      Object.values(watches).flatMap((watch) =>
        watch.data.flatMap((d) => Object.entries(d.effectivePermissionsChanged.diff).filter(([, list]) => Array.isArray(list) && list.length > 0).map(([kind]) => kind)),
      ),
    );
    expect(changedKinds).toEqual(new Set(['added', 'removed', 'changed']));
  });

  it('ends with FORBIDDEN when the subscriber may no longer see whose permissions it watches', async () => {
    const project = await createProject(t, 'Supervised');
    const [lead, worker] = [await addMember(t, 'lead2@acme.test'), await addMember(t, 'worker@acme.test')];
    const assign = (principalId: string, role: Role) => t.ok(AssignRoleDocument, { principalId, scope: { level: 'PROJECT', id: project.id }, role }, t.founder.token);
    await assign(lead.principalId, 'PROJECT_ADMIN');
    await assign(worker.principalId, 'PROJECT_MEMBER');
    const watch = connect(lead.token).subscribe(EffectivePermissionsChangedDocument, { principalId: worker.principalId, scope: { level: 'PROJECT', id: project.id } });
    await watch.received(1);
    const demoted = (await assign(lead.principalId, 'PROJECT_MEMBER')).assignRole.revision;
    await watch.until((s) => s.ended);
    expect(watch.errorCode).toBe('FORBIDDEN');
    expect(watch.data).toHaveLength(1);
    expect(demoted).toBeGreaterThan(watch.data[0]!.effectivePermissionsChanged.revision);
  });

  it("refuses to watch permissions the caller may not see, as the query does", async () => {
    const project = await createProject(t, 'Private');
    const [member, other] = [await addMember(t, 'nosy@acme.test'), await addMember(t, 'private@acme.test')];
    const cases: [Record<string, unknown>, string][] = [
      [{ principalId: other.principalId, scope: { level: 'ORGANIZATION', id: t.founder.organizationId } }, 'NOT_FOUND'],
      [{ principalId: member.principalId, scope: { level: 'PROJECT', id: '00000000-0000-4000-8000-000000000000' } }, 'NOT_FOUND'],
      [{ principalId: 'nobody', scope: { level: 'PROJECT', id: project.id } }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const watch: LiveSubscription<EffectivePermissionsChangedSubscription> = connect(member.token).subscribe(
        EffectivePermissionsChangedDocument,
        variables as { principalId: string; scope: Scope },
      );
      await watch.until((s) => s.ended);
      expect(watch.errorCode).toBe(code);
    }
  });
});
