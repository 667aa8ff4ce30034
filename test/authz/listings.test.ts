import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/authz/cursor.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import type { Page } from '../../src/authz/page.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import { InvalidInputError, NotFoundError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import { SnapshotBuilder } from '../support/snapshots.js';
import { acme, sortIds } from './fixtures.js';

async function walk<T>(fetch: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after);
    items.push(...page.items);
    if (!page.hasNextPage) return items;
    after = page.endCursor;
  }
}

describe('effectivePermissions', () => {
  const { engine, p, s } = acme();

  it("lists the permissions of the scope's level, each with every grant that gives it", async () => {
    const result = await engine.effectivePermissions(p.lead, s.webProd);
    expect(result.principalId).toBe(p.lead);
    expect(result.scope).toEqual(s.webProd);
    expect(result.permissions).toEqual([
      { key: 'environment.settings', access: 'WRITE', grants: [{ role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' }, { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }] },
      { key: 'environment.deploy', access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }] },
      { key: 'environment.refresh', access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }] },
      { key: 'environment.schedules', access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }] },
      { key: 'environment.deployments', access: 'READ', grants: [{ role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' }, { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'READ' }] },
      { key: 'environment.documentation', access: 'READ', grants: [{ role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' }, { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'READ' }] },
      { key: 'environment.projects.list', access: 'READ', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'READ' }] },
    ]);
  });

  it('gives a disabled principal nothing, and ignores orphaned grants', async () => {
    expect((await engine.effectivePermissions(p.disabledAdmin, s.org)).permissions).toEqual([]);
    expect((await engine.effectivePermissions(p.outsider, s.web)).permissions).toEqual([]);
    expect((await engine.effectivePermissions(p.orphanEnv, s.dataQa)).permissions).toEqual([]);
  });

  it('refuses an unknown principal or scope with NotFoundError', async () => {
    await expect(engine.effectivePermissions(newId(), s.org)).rejects.toBeInstanceOf(NotFoundError);
    await expect(engine.effectivePermissions(p.lead, { level: 'PROJECT', id: newId() })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^No project with id /) });
  });
});

describe('whoCan', () => {
  const { engine, p, s } = acme();

  it('lists enabled principals holding the permission at the access asked, by id, with their provenance', async () => {
    const page = await engine.whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webProd, first: 10 });
    expect(page.items.map((i) => i.principalId)).toEqual(sortIds([p.admin, p.lead, p.ci]));
    expect(page.items.find((i) => i.principalId === p.ci)).toEqual({ principalId: p.ci, access: 'WRITE', grants: [{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }] });
    expect(page.hasNextPage).toBe(false);
  });

  it('lists every grant giving the permission, at any access, like effectivePermissions', async () => {
    const page = await engine.whoCan({ permissionKey: 'environment.settings', access: 'WRITE', scope: s.webProd, first: 10 });
    expect(page.items.find((i) => i.principalId === p.lead)?.grants).toEqual([
      { role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' },
      { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' },
    ]);
  });

  it('evaluates a shallower permission at the enclosing scope and counts READ holders when READ is asked', async () => {
    const writers = await engine.whoCan({ permissionKey: 'project.settings.members', access: 'WRITE', scope: s.webDev, first: 10 });
    expect(writers.items.map((i) => i.principalId)).toEqual(sortIds([p.admin, p.lead]));
    const readers = await engine.whoCan({ permissionKey: 'project.settings.members', access: 'READ', scope: s.webDev, first: 10 });
    expect(readers.items.map((i) => i.principalId)).toEqual(sortIds([p.admin, p.lead, p.architect, p.dev]));
  });

  it('skips disabled principals and orphaned grants', async () => {
    const admins = await engine.whoCan({ permissionKey: 'org.settings.users', access: 'WRITE', scope: s.org, first: 10 });
    expect(admins.items.map((i) => i.principalId)).toEqual([p.admin]);
    const listers = await engine.whoCan({ permissionKey: 'project.management.list', access: 'READ', scope: s.web, first: 10 });
    expect(listers.items.map((i) => i.principalId)).not.toContain(p.outsider);
    const deployers = await engine.whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: s.dataQa, first: 10 });
    expect(deployers.items.map((i) => i.principalId)).toEqual([p.admin]);
  });

  it('returns nothing for a permission no role grants', async () => {
    expect(await engine.whoCan({ permissionKey: 'project.management.delete', access: 'READ', scope: s.web, first: 5 })).toMatchObject({ items: [{ principalId: p.admin }] });
  });

  it.each([1, 2, 3, 4])('walks the same principals in pages of %i, with hasNextPage exact', async (first) => {
    const all = await engine.whoCan({ permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org, first: 500 });
    const pages: number[] = [];
    const walked = await walk(async (after) => {
      const page = await engine.whoCan({ permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org, first, after });
      pages.push(page.items.length);
      return page;
    });
    expect(walked).toEqual(all.items);
    expect(pages.every((n) => n === first || n === pages.at(-1))).toBe(true);
    expect(pages.at(-1)).toBeGreaterThan(0);
  });

  it('fills a page past principals it skips, reading the store as often as needed', async () => {
    const b = new SnapshotBuilder();
    const org = b.organization();
    const ids = Array.from({ length: 30 }, (_, i) => b.user(`User ${i}`, i % 3 !== 0));
    for (const id of ids) b.grant(id, org, 'ORG_ADMIN');
    const engine2 = new PermissionEngine(new MemoryGrantStore(b.build()));
    const enabled = sortIds(ids.filter((_, i) => i % 3 === 0));
    const page = await engine2.whoCan({ permissionKey: 'org.settings.sso', access: 'WRITE', scope: org, first: 4 });
    expect(page.items.map((i) => i.principalId)).toEqual(enabled.slice(0, 4));
    expect(page.hasNextPage).toBe(true);
    const rest = await engine2.whoCan({ permissionKey: 'org.settings.sso', access: 'WRITE', scope: org, first: 6, after: page.endCursor });
    expect(rest.items.map((i) => i.principalId)).toEqual(enabled.slice(4));
    expect(rest.hasNextPage).toBe(false);
  });

  it('refuses a permission deeper than the scope, an unknown key and a missing scope', async () => {
    await expect(engine.whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: s.web, first: 5 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.whoCan({ permissionKey: 'x.y.z', access: 'WRITE', scope: s.web, first: 5 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: { level: 'ENVIRONMENT', id: newId() }, first: 5 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('accessibleScopes', () => {
  const { engine, p, s } = acme();
  const query = { permissionKey: 'environment.deploy', access: 'WRITE' as const, organizationId: s.org.id, first: 10 };

  it('lists the environments a service account can deploy to, by id, with provenance', async () => {
    const page = await engine.accessibleScopes({ ...query, principalId: p.ci });
    expect(page.items.map((i) => i.scope)).toEqual(sortIds([s.webDev.id, s.webProd.id]).map((id) => ({ level: 'ENVIRONMENT', id })));
    expect(page.items[0]).toMatchObject({ access: 'WRITE', chain: { organizationId: s.org.id, projectId: s.web.id }, grants: [{ role: 'ENVIRONMENT_ADMIN', access: 'WRITE' }] });
    expect(page.hasNextPage).toBe(false);
  });

  it('covers every scope inside a grant held higher up', async () => {
    const page = await engine.accessibleScopes({ ...query, principalId: p.admin });
    expect(page.items.map((i) => i.scope.id)).toEqual(sortIds([s.webDev.id, s.webProd.id, s.dataQa.id]));
    const projects = await engine.accessibleScopes({ ...query, permissionKey: 'project.management.list', access: 'READ', principalId: p.ci });
    expect(projects.items.map((i) => i.scope)).toEqual(sortIds([s.web.id, s.data.id]).map((id) => ({ level: 'PROJECT', id })));
  });

  it('lists every grant giving the permission at each scope, at any access', async () => {
    const page = await engine.accessibleScopes({ ...query, permissionKey: 'environment.settings', access: 'READ', principalId: p.lead });
    const prod = page.items.find((i) => i.scope.id === s.webProd.id)!;
    expect(prod).toEqual({
      scope: s.webProd,
      chain: { organizationId: s.org.id, projectId: s.web.id, environmentId: s.webProd.id },
      access: 'WRITE',
      grants: [{ role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' }, { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }],
    });
    expect(page.items.map((i) => i.scope.id)).toEqual(sortIds([s.webDev.id, s.webProd.id]));
  });

  it('lists the organization itself for an organization permission', async () => {
    const page = await engine.accessibleScopes({ ...query, permissionKey: 'org.projects.create', principalId: p.dev });
    expect(page.items.map((i) => i.scope)).toEqual([s.org]);
  });

  it('is empty for orphaned grants, a disabled principal and a principal without the permission', async () => {
    for (const principalId of [p.orphanEnv, p.disabledAdmin, p.dev, p.outsider, p.globexAdmin]) {
      expect(await engine.accessibleScopes({ ...query, principalId })).toEqual({ items: [], hasNextPage: false });
    }
  });

  it('pages by scope id with an exact hasNextPage', async () => {
    const walked = await walk((after) => engine.accessibleScopes({ ...query, principalId: p.admin, first: 1, after }));
    expect(walked.map((i) => i.scope.id)).toEqual(sortIds([s.webDev.id, s.webProd.id, s.dataQa.id]));
  });

  it('refuses an unknown principal or organization with NotFoundError', async () => {
    await expect(engine.accessibleScopes({ ...query, principalId: newId() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(engine.accessibleScopes({ ...query, principalId: p.ci, organizationId: newId() })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('pages and cursors', () => {
  const { engine, p, s } = acme();
  const who = (first: number, after?: string) => engine.whoCan({ permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org, first, after });
  const where = (first: number, after?: string) => engine.accessibleScopes({ principalId: p.admin, permissionKey: 'environment.deploy', access: 'WRITE', organizationId: s.org.id, first, after });

  it.each([0, -1, 501, 1.5, Number.NaN])('refuses first = %s rather than truncating', async (first) => {
    await expect(who(first)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: `"first" must be a whole number from 1 to 500; got ${first}.` });
    await expect(where(first)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('accepts first = 1 and first = 500', async () => {
    expect((await who(1)).items).toHaveLength(1);
    expect((await who(500)).hasNextPage).toBe(false);
  });

  it('issues opaque base64url cursors', async () => {
    const page = await who(1);
    expect(page.endCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(page.endCursor).not.toContain(page.items[0]!.principalId);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of something else', Buffer.from('hello').toString('base64url')],
    ['a cursor with an extra field', Buffer.from(JSON.stringify({ k: 'principal', id: newId(), x: 1 })).toString('base64url')],
    ['a cursor with an empty id', Buffer.from(JSON.stringify({ k: 'principal', id: '' })).toString('base64url')],
    ['a scope cursor', encodeCursor('scope', newId())],
    ['an empty string', ''],
  ])('refuses %s as a whoCan cursor with InvalidInputError', async (_, after) => {
    await expect(who(2, after)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^The cursor "after" is not one this list issued/) });
  });

  it('refuses a principal cursor in accessibleScopes', async () => {
    const cursor = (await who(1)).endCursor!;
    await expect(where(1, cursor)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('gives no endCursor for an empty page', async () => {
    const page = await engine.whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: s.dataQa, first: 5, after: encodeCursor('principal', 'ffffffff-ffff-4fff-bfff-ffffffffffff') });
    expect(page).toEqual({ items: [], hasNextPage: false });
  });
});
