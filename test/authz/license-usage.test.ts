import { describe, expect, it } from 'vitest';
import type { LicensedPrincipal } from '../../src/authz/license-usage.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { readReferenceRoleList } from '../domain/reference-tables.js';
import { SnapshotBuilder } from '../support/snapshots.js';
import { acme } from './fixtures.js';

/**
 * "A principal uses a licence seat when it holds Org Admin, Project Admin, Project Architect or
 * Project Contributor anywhere in the organization; otherwise it is read-only (free)." The seat
 * roles are read from that sentence of the reference.
 */
const seatRoles = readReferenceRoleList('A principal uses a licence seat when it holds ', ' anywhere');
const byId = (a: { principalId: string }, b: { principalId: string }): number => (a.principalId < b.principalId ? -1 : 1);

describe('licenseUsage', () => {
  it('the reference names four seat roles', () => {
    expect([...seatRoles].sort()).toEqual(['ORG_ADMIN', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR']);
  });

  it(`each of the nine roles, held alone with the free memberships it needs, uses a seat exactly when it is one of the ${seatRoles.length} seat roles`, async () => {
    const b = new SnapshotBuilder();
    const org = b.organization();
    const project = b.project(org);
    const env = b.environment(project);
    const seats: LicensedPrincipal[] = [];
    const readOnly: LicensedPrincipal[] = [];
    for (const role of ROLES) {
      const id = b.user(role.title);
      const grants: [ScopeRef, RoleKey][] = [];
      if (role.level !== 'ORGANIZATION') grants.push([org, 'ORG_MEMBER']);
      if (role.level === 'ENVIRONMENT') grants.push([project, 'PROJECT_MEMBER']);
      grants.push([{ ORGANIZATION: org, PROJECT: project, ENVIRONMENT: env }[role.level], role.key]);
      for (const [scope, held] of grants) b.grant(id, scope, held);
      const held = grants.map(([, r]) => r);
      if (seatRoles.includes(role.key)) seats.push({ principalId: id, kind: 'USER', roles: [role.key] });
      else readOnly.push({ principalId: id, kind: 'USER', roles: held });
    }
    const usage = await new PermissionEngine(new MemoryGrantStore(b.build())).licenseUsage(org.id);
    expect(usage).toEqual({ organizationId: org.id, seats: seats.sort(byId), readOnly: readOnly.sort(byId), seatCount: seats.length, readOnlyCount: readOnly.length });
  });

  it('counts a seat role held anywhere in the organization, once per principal, listing only the seat roles', async () => {
    const b = new SnapshotBuilder();
    const org = b.organization();
    const [web, data, docs] = [b.project(org), b.project(org), b.project(org)];
    const dev = b.user('Dev');
    b.grant(dev, org, 'ORG_MEMBER').grant(dev, web, 'PROJECT_MEMBER').grant(dev, data, 'PROJECT_CONTRIBUTOR').grant(dev, docs, 'PROJECT_CONTRIBUTOR');
    const lead = b.user('Lead');
    b.grant(lead, org, 'ORG_CONTRIBUTOR').grant(lead, web, 'PROJECT_ADMIN').grant(lead, data, 'PROJECT_ARCHITECT');
    const usage = await new PermissionEngine(new MemoryGrantStore(b.build())).licenseUsage(org.id);
    expect(usage.seats).toEqual(
      [
        { principalId: dev, kind: 'USER', roles: ['PROJECT_CONTRIBUTOR'] },
        // Outermost first, then by scope id, as effective permissions list provenance.
        { principalId: lead, kind: 'USER', roles: web.id < data.id ? ['PROJECT_ADMIN', 'PROJECT_ARCHITECT'] : ['PROJECT_ARCHITECT', 'PROJECT_ADMIN'] },
      ].sort(byId),
    );
    expect([usage.seatCount, usage.readOnlyCount]).toEqual([2, 0]);
  });

  it('counts per organization: a Project Admin in one organization is read-only in another', async () => {
    const b = new SnapshotBuilder();
    const acmeOrg = b.organization('Acme');
    const globex = b.organization('Globex');
    const ada = b.user('Ada');
    b.grant(ada, acmeOrg, 'ORG_MEMBER').grant(ada, b.project(acmeOrg), 'PROJECT_ADMIN');
    b.grant(ada, globex, 'ORG_MEMBER').grant(ada, b.project(globex), 'PROJECT_MEMBER');
    const engine = new PermissionEngine(new MemoryGrantStore(b.build()));
    expect((await engine.licenseUsage(acmeOrg.id)).seats.map((x) => x.principalId)).toEqual([ada]);
    expect(await engine.licenseUsage(globex.id)).toMatchObject({ seats: [], readOnly: [{ principalId: ada, roles: ['ORG_MEMBER', 'PROJECT_MEMBER'] }], seatCount: 0, readOnlyCount: 1 });
  });

  it('lists a service account as read-only whatever allowed roles it holds, since none of them uses a seat', async () => {
    const { engine, p, s } = acme();
    const usage = await engine.licenseUsage(s.org.id);
    expect(usage.readOnly.find((x) => x.principalId === p.ci)).toEqual({ principalId: p.ci, kind: 'SERVICE_ACCOUNT', roles: ['ORG_MEMBER', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN'] });
    expect(ROLES.filter((r) => r.allowedForServiceAccounts && seatRoles.includes(r.key))).toEqual([]);
  });

  it('bills what the engine lets principals do: disabled principals and grants without membership use no seat and are not listed', async () => {
    const { engine, p, s } = acme();
    const usage = await engine.licenseUsage(s.org.id);
    expect(usage.seats).toEqual(
      [
        { principalId: p.admin, kind: 'USER', roles: ['ORG_ADMIN'] },
        { principalId: p.lead, kind: 'USER', roles: ['PROJECT_ADMIN'] },
        { principalId: p.architect, kind: 'USER', roles: ['PROJECT_ARCHITECT'] },
        { principalId: p.dev, kind: 'USER', roles: ['PROJECT_CONTRIBUTOR'] },
      ].sort(byId),
    );
    expect(usage.readOnly).toEqual(
      [
        { principalId: p.ci, kind: 'SERVICE_ACCOUNT', roles: ['ORG_MEMBER', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN'] },
        // Its Environment Admin lacks a project role, so only the membership is listed.
        { principalId: p.orphanEnv, kind: 'USER', roles: ['ORG_MEMBER'] },
      ].sort(byId),
    );
    const listed = [...usage.seats, ...usage.readOnly].map((x) => x.principalId);
    for (const absent of [p.disabledAdmin, p.outsider, p.stranger, p.globexAdmin]) expect(listed).not.toContain(absent);
    expect([usage.seatCount, usage.readOnlyCount]).toEqual([4, 2]);
  });

  it('refuses an unknown organization with NotFoundError', async () => {
    const { engine } = acme();
    const id = newId();
    await expect(engine.licenseUsage(id)).rejects.toEqual(NotFoundError.of('organization', id));
  });
});
