import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import type { GrantStore, PlacedGrant } from '../../src/authz/grant-store.js';
import { newId } from '../../src/domain/ids.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import type { ScopeChain, ScopeLevel, ScopeRef } from '../../src/domain/scope.js';
import { SnapshotBuilder } from '../support/snapshots.js';

export type OpenGrantStore = (snapshot: AccessSnapshot) => Promise<{ store: GrantStore; close(): Promise<void> }>;

/** The fixed organization every GrantStore adapter is tested on. */
function contractFixture() {
  const b = new SnapshotBuilder();
  const acme = b.organization('Acme');
  const globex = b.organization('Globex');
  const web = b.project(acme, 'Web');
  const data = b.project(acme, 'Data');
  const webDev = b.environment(web, 'Dev', 'DEVELOPMENT');
  const webProd = b.environment(web, 'Prod', 'PRODUCTION');
  const dataQa = b.environment(data, 'QA', 'QA');
  const billing = b.project(globex, 'Billing');
  const billingProd = b.environment(billing, 'Prod', 'PRODUCTION');
  const p = {
    admin: b.user('Admin'),
    lead: b.user('Lead'),
    dev: b.user('Dev'),
    ci: b.serviceAccount('CI'),
    guest: b.user('Guest'),
    formerAdmin: b.user('Former admin', true),
    orphan: b.user('Orphan'),
    idle: b.user('Idle'),
  };
  b.grant(p.admin, acme, 'ORG_ADMIN');
  b.grant(p.lead, acme, 'ORG_MEMBER').grant(p.lead, web, 'PROJECT_ADMIN').grant(p.lead, webDev, 'ENVIRONMENT_ADMIN');
  b.grant(p.dev, acme, 'ORG_CONTRIBUTOR').grant(p.dev, web, 'PROJECT_MEMBER').grant(p.dev, webProd, 'ENVIRONMENT_READER');
  b.grant(p.ci, acme, 'ORG_MEMBER').grant(p.ci, data, 'PROJECT_MEMBER').grant(p.ci, dataQa, 'ENVIRONMENT_ADMIN');
  b.grant(p.guest, acme, 'ORG_MEMBER').grant(p.guest, globex, 'ORG_MEMBER').grant(p.guest, billing, 'PROJECT_CONTRIBUTOR');
  b.grant(p.formerAdmin, acme, 'ORG_ADMIN');
  b.grant(p.orphan, data, 'PROJECT_ARCHITECT').grant(p.orphan, webDev, 'ENVIRONMENT_READER');
  const scopes = { acme, globex, web, data, webDev, webProd, dataQa, billing, billingProd };
  return { snapshot: b.build(), scopes, p };
}

type Fixture = ReturnType<typeof contractFixture>;

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

/** Grants compared as sets: the interface leaves their order to the adapter. */
function grantSet(grants: readonly PlacedGrant[]): string[] {
  return grants.map((g) => `${g.principalId}|${g.scope.level}|${g.scope.id}|${g.role}|${JSON.stringify(normalChain(g.chain))}`).sort();
}

function normalChain(chain: ScopeChain): ScopeChain {
  return {
    organizationId: chain.organizationId,
    ...(chain.projectId !== undefined && { projectId: chain.projectId }),
    ...(chain.environmentId !== undefined && { environmentId: chain.environmentId }),
  };
}

/** The grants of the snapshot matching `filter`, placed on their chains, as a set. */
function expectedGrants(f: Fixture, filter: (g: PlacedGrant) => boolean): string[] {
  const { snapshot } = f;
  const placed = snapshot.grants.map((g): PlacedGrant => ({ ...g, chain: chainOf(snapshot, g.scope) }));
  return grantSet(placed.filter(filter));
}

function chainOf(snapshot: AccessSnapshot, scope: ScopeRef): ScopeChain {
  if (scope.level === 'ORGANIZATION') return { organizationId: scope.id };
  if (scope.level === 'PROJECT') return { organizationId: snapshot.projects.find((p) => p.id === scope.id)!.organizationId, projectId: scope.id };
  const projectId = snapshot.environments.find((e) => e.id === scope.id)!.projectId;
  return { ...chainOf(snapshot, { level: 'PROJECT', id: projectId }), environmentId: scope.id };
}

function inChain(chain: ScopeChain): (g: PlacedGrant) => boolean {
  return (g) => [chain.organizationId, chain.projectId, chain.environmentId].includes(g.scope.id);
}

/**
 * The GrantStore contract: every adapter (memory, SQLite, PostgreSQL) runs this suite. `open`
 * loads the snapshot into a fresh store. Ids are UUIDs; "ordered by id" means plain string order
 * of lower-case UUIDs (PostgreSQL's uuid order).
 */
export function describeGrantStoreContract(name: string, open: OpenGrantStore): void {
  describe(`GrantStore contract: ${name}`, () => {
    const f = contractFixture();
    const { scopes: s, p } = f;
    let store: GrantStore;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ store, close } = await open(f.snapshot));
    });
    afterAll(async () => {
      await close();
    });

    const chain = (scope: ScopeRef): ScopeChain => chainOf(f.snapshot, scope);

    describe('principals', () => {
      it('returns the principals that exist, with kind, name and disabled flag, and leaves out missing ids', async () => {
        const missing = newId();
        const found = await store.principals([p.admin, p.ci, p.formerAdmin, missing]);
        expect(sorted([...found.keys()])).toEqual(sorted([p.admin, p.ci, p.formerAdmin]));
        expect(found.get(p.ci)).toEqual({ id: p.ci, kind: 'SERVICE_ACCOUNT', displayName: 'CI', disabled: false });
        expect(found.get(p.formerAdmin)).toEqual({ id: p.formerAdmin, kind: 'USER', displayName: 'Former admin', disabled: true });
        expect(found.has(missing)).toBe(false);
      });

      it('returns an empty map for no ids and tolerates repeated ids', async () => {
        expect((await store.principals([])).size).toBe(0);
        expect([...(await store.principals([p.dev, p.dev])).keys()]).toEqual([p.dev]);
      });
    });

    describe('scopeChain', () => {
      it.each([
        ['an organization', () => s.acme, () => ({ organizationId: s.acme.id })],
        ['a project', () => s.web, () => ({ organizationId: s.acme.id, projectId: s.web.id })],
        ['an environment', () => s.webProd, () => ({ organizationId: s.acme.id, projectId: s.web.id, environmentId: s.webProd.id })],
        ['an environment of another organization', () => s.billingProd, () => ({ organizationId: s.globex.id, projectId: s.billing.id, environmentId: s.billingProd.id })],
      ])('resolves %s to its chain of enclosing scopes', async (_, scope, expected) => {
        expect(normalChain((await store.scopeChain(scope()))!)).toEqual(expected());
      });

      it.each<ScopeLevel>(['ORGANIZATION', 'PROJECT', 'ENVIRONMENT'])('returns undefined for a missing %s', async (level) => {
        expect(await store.scopeChain({ level, id: newId() })).toBeUndefined();
      });

      it('returns undefined when the id exists at another level', async () => {
        expect(await store.scopeChain({ level: 'PROJECT', id: s.acme.id })).toBeUndefined();
        expect(await store.scopeChain({ level: 'ENVIRONMENT', id: s.web.id })).toBeUndefined();
        expect(await store.scopeChain({ level: 'ORGANIZATION', id: s.webDev.id })).toBeUndefined();
      });
    });

    describe('grantsAlongChain', () => {
      it.each([
        ['organization', () => s.acme],
        ['project', () => s.web],
        ['environment', () => s.webDev],
      ])("returns the principal's grants at each scope of a chain ending at an %s, with their chains", async (_, scope) => {
        const grants = await store.grantsAlongChain(p.lead, chain(scope()));
        expect(grantSet(grants)).toEqual(expectedGrants(f, (g) => g.principalId === p.lead && inChain(chain(scope()))(g)));
      });

      it('leaves out grants at sibling scopes', async () => {
        const grants = await store.grantsAlongChain(p.lead, chain(s.webProd));
        expect(grants.map((g) => g.role).sort()).toEqual(['ORG_MEMBER', 'PROJECT_ADMIN']);
      });

      it('returns orphaned grants as they are stored', async () => {
        expect((await store.grantsAlongChain(p.orphan, chain(s.webDev))).map((g) => g.role)).toEqual(['ENVIRONMENT_READER']);
      });

      it('returns nothing for another organization, a principal without grants, or a missing principal', async () => {
        expect(await store.grantsAlongChain(p.lead, chain(s.billingProd))).toEqual([]);
        expect(await store.grantsAlongChain(p.idle, chain(s.webDev))).toEqual([]);
        expect(await store.grantsAlongChain(newId(), chain(s.webDev))).toEqual([]);
      });
    });

    describe('holders', () => {
      it('lists the distinct principals holding any of the roles along the chain, ordered by id', async () => {
        const page = await store.holders({ roles: ['ORG_ADMIN'], chain: chain(s.acme), limit: 10 });
        expect(page.holders.map((h) => h.principalId)).toEqual(sorted([p.admin, p.formerAdmin]));
        expect(page.hasMore).toBe(false);
      });

      it('returns ALL grants of each holder along the chain, not only the matching ones', async () => {
        const page = await store.holders({ roles: ['ENVIRONMENT_ADMIN'], chain: chain(s.webDev), limit: 10 });
        expect(page.holders.map((h) => h.principalId)).toEqual([p.lead]);
        expect(grantSet(page.holders[0]!.grants)).toEqual(expectedGrants(f, (g) => g.principalId === p.lead && inChain(chain(s.webDev))(g)));
      });

      it('lists a principal once when it holds several of the roles along the chain', async () => {
        const page = await store.holders({ roles: ['ORG_MEMBER', 'PROJECT_ADMIN', 'ENVIRONMENT_ADMIN'], chain: chain(s.webDev), limit: 10 });
        expect(page.holders.map((h) => h.principalId)).toEqual(sorted([p.lead, p.ci, p.guest]));
      });

      it('finds roles held at enclosing scopes and ignores other branches and organizations', async () => {
        const page = await store.holders({ roles: ['PROJECT_MEMBER', 'PROJECT_CONTRIBUTOR', 'ORG_ADMIN'], chain: chain(s.webProd), limit: 10 });
        expect(page.holders.map((h) => h.principalId)).toEqual(sorted([p.admin, p.formerAdmin, p.dev]));
      });

      it('includes holders of orphaned grants (the engine, not the store, ignores them)', async () => {
        const page = await store.holders({ roles: ['ENVIRONMENT_READER'], chain: chain(s.webDev), limit: 10 });
        expect(page.holders).toEqual([{ principalId: p.orphan, grants: expect.any(Array) }]);
      });

      it('returns nothing for no roles or a chain where nobody holds them', async () => {
        expect(await store.holders({ roles: [], chain: chain(s.acme), limit: 10 })).toEqual({ holders: [], hasMore: false });
        expect(await store.holders({ roles: ['ORG_ADMIN'], chain: chain(s.globex), limit: 10 })).toEqual({ holders: [], hasMore: false });
      });

      const everyoneInAcme: RoleKey[] = ['ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER'];
      const acmeMembers = (): string[] => sorted([p.admin, p.lead, p.dev, p.ci, p.guest, p.formerAdmin]);

      it.each([1, 2, 3, 5, 6, 7])('walks every holder exactly once in pages of %i, with hasMore exact', async (limit) => {
        const seen: string[] = [];
        let afterPrincipalId: string | undefined;
        for (;;) {
          const page = await store.holders({ roles: everyoneInAcme, chain: chain(s.acme), afterPrincipalId, limit });
          expect(page.holders.length).toBeLessThanOrEqual(limit);
          seen.push(...page.holders.map((h) => h.principalId));
          expect(page.hasMore).toBe(seen.length < acmeMembers().length);
          if (!page.hasMore) break;
          afterPrincipalId = page.holders.at(-1)!.principalId;
        }
        expect(seen).toEqual(acmeMembers());
      });

      it('resumes after an id that is not itself a holder', async () => {
        const members = acmeMembers();
        const after = newId();
        const page = await store.holders({ roles: everyoneInAcme, chain: chain(s.acme), afterPrincipalId: after, limit: 10 });
        expect(page.holders.map((h) => h.principalId)).toEqual(members.filter((id) => id > after));
      });
    });

    describe('grantsInOrganization', () => {
      it.each([
        ['a member with roles at every level', 'lead', 'acme'],
        ['a member of two organizations, in the first', 'guest', 'acme'],
        ['a member of two organizations, in the second', 'guest', 'globex'],
        ['a principal holding only orphaned grants', 'orphan', 'acme'],
      ] as const)('returns every grant of %s', async (_, who, org) => {
        const grants = await store.grantsInOrganization(p[who], s[org].id);
        expect(grantSet(grants)).toEqual(expectedGrants(f, (g) => g.principalId === p[who] && g.chain.organizationId === s[org].id));
        expect(grants.length).toBeGreaterThan(0);
      });

      it('returns nothing for a principal outside the organization or a missing one', async () => {
        expect(await store.grantsInOrganization(p.lead, s.globex.id)).toEqual([]);
        expect(await store.grantsInOrganization(newId(), s.acme.id)).toEqual([]);
      });
    });

    describe('organizationGrants', () => {
      it.each(['acme', 'globex'] as const)('returns every grant held in %s by anyone, at every level', async (org) => {
        expect(grantSet(await store.organizationGrants(s[org].id))).toEqual(expectedGrants(f, (g) => g.chain.organizationId === s[org].id));
      });

      it('returns nothing for a missing organization', async () => {
        expect(await store.organizationGrants(newId())).toEqual([]);
      });
    });

    describe('scopesUnder', () => {
      const ids = (chains: readonly ScopeChain[]): string[] => chains.map((c) => c.environmentId ?? c.projectId ?? c.organizationId);

      it.each([
        ['projects of an organization', () => [s.acme], 'PROJECT', () => [s.web, s.data]],
        ['environments of an organization', () => [s.acme], 'ENVIRONMENT', () => [s.webDev, s.webProd, s.dataQa]],
        ['environments of a project', () => [s.web], 'ENVIRONMENT', () => [s.webDev, s.webProd]],
        ['an environment standing for itself', () => [s.dataQa], 'ENVIRONMENT', () => [s.dataQa]],
        ['a project standing for itself', () => [s.billing], 'PROJECT', () => [s.billing]],
        ['an organization standing for itself', () => [s.globex], 'ORGANIZATION', () => [s.globex]],
        ['overlapping parents, each scope once', () => [s.web, s.webDev, s.dataQa], 'ENVIRONMENT', () => [s.webDev, s.webProd, s.dataQa]],
        ['parents in two organizations', () => [s.acme, s.globex], 'PROJECT', () => [s.web, s.data, s.billing]],
        ['nothing for a parent deeper than the level', () => [s.webDev], 'PROJECT', () => []],
        ['nothing for a missing parent', () => [{ level: 'PROJECT', id: newId() } as ScopeRef], 'ENVIRONMENT', () => []],
        ['nothing for no parents', () => [], 'PROJECT', () => []],
      ] as const)('lists %s, ordered by id, as chains', async (_, parents, level, expected) => {
        const page = await store.scopesUnder({ parents: parents(), level, limit: 50 });
        expect(ids(page.scopes)).toEqual(sorted(expected().map((x) => x.id)));
        expect(page.scopes.map(normalChain)).toEqual(sorted(expected().map((x) => x.id)).map((id) => normalChain(chain({ level, id }))));
        expect(page.hasMore).toBe(false);
      });

      it.each([1, 2, 3, 4])('walks every scope exactly once in pages of %i, with hasMore exact', async (limit) => {
        const all = sorted([s.webDev, s.webProd, s.dataQa, s.billingProd].map((x) => x.id));
        const seen: string[] = [];
        let afterId: string | undefined;
        for (;;) {
          const page = await store.scopesUnder({ parents: [s.acme, s.billing], level: 'ENVIRONMENT', afterId, limit });
          expect(page.scopes.length).toBeLessThanOrEqual(limit);
          seen.push(...ids(page.scopes));
          expect(page.hasMore).toBe(seen.length < all.length);
          if (!page.hasMore) break;
          afterId = ids(page.scopes).at(-1);
        }
        expect(seen).toEqual(all);
      });

      it('resumes after an id that is not itself listed', async () => {
        const after = newId();
        const page = await store.scopesUnder({ parents: [s.acme], level: 'ENVIRONMENT', afterId: after, limit: 10 });
        expect(ids(page.scopes)).toEqual(sorted([s.webDev, s.webProd, s.dataQa].map((x) => x.id)).filter((id) => id > after));
      });
    });
  });
}
