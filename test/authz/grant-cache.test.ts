import { describe, expect, it } from 'vitest';
import { CachedGrantStore } from '../../src/authz/cached-grant-store.js';
import { ForwardingGrantStore } from '../../src/authz/forwarding-grant-store.js';
import { GrantCache } from '../../src/authz/grant-cache.js';
import type { BatchGrantStore, PlacedGrant } from '../../src/authz/grant-store.js';
import type { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { Principal } from '../../src/domain/principal.js';
import { scopeKey, type ScopeChain, type ScopeRef } from '../../src/domain/scope.js';
import { acme, type Acme } from './fixtures.js';

/** The in-memory store as the database's stand-in: counts the reads that reach it, and can hold them. */
class CountingSource extends ForwardingGrantStore implements BatchGrantStore {
  reads = 0;
  /** While set, reads wait for it: a read in flight while something changes. */
  hold: Promise<void> | undefined;

  constructor(private readonly memory: MemoryGrantStore) {
    super(memory);
  }

  override async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    await this.read();
    return this.memory.principals(ids);
  }

  principalsInOrganization(ids: readonly string[]): Promise<Map<string, Principal>> {
    return this.principals(ids);
  }

  async scopeChains(scopes: readonly ScopeRef[]): Promise<Map<string, ScopeChain>> {
    await this.read();
    const found = new Map<string, ScopeChain>();
    for (const scope of scopes) {
      const chain = await this.memory.scopeChain(scope);
      if (chain) found.set(scopeKey(scope), chain);
    }
    return found;
  }

  async grantsByPrincipalInOrganization(principalIds: readonly string[], organizationId: string): Promise<Map<string, readonly PlacedGrant[]>> {
    await this.read();
    const held = new Map<string, readonly PlacedGrant[]>();
    for (const id of principalIds) held.set(id, (await this.memory.grantsInOrganization(id, organizationId)).sort((a, b) => (a.scope.id < b.scope.id ? -1 : 1)));
    return held;
  }

  private async read(): Promise<void> {
    this.reads++;
    await this.hold;
  }
}

function cachedAcme(capacity = 100) {
  const fixture = acme();
  const source = new CountingSource(fixture.store);
  const cache = new GrantCache(capacity);
  const cached = () => new CachedGrantStore(cache, source);
  return { ...fixture, source, cache, cached };
}

const webDevChain = (a: Acme): ScopeChain => ({ organizationId: a.s.org.id, projectId: a.s.web.id, environmentId: a.s.webDev.id });

describe('GrantCache with CachedGrantStore', () => {
  it('answers what any unit of work has read without reading again, and agrees with the store it caches', async () => {
    const a = cachedAcme();
    const first = new PermissionEngine(a.cached());
    const expected = await a.engine.effectivePermissions(a.p.dev, a.s.webDev);
    expect(await first.effectivePermissions(a.p.dev, a.s.webDev)).toEqual(expected);
    await first.effectivePermissions(a.p.lead, a.s.web);
    const reads = a.source.reads;
    expect(reads).toBeGreaterThan(0);

    const second = new PermissionEngine(a.cached());
    expect(await second.effectivePermissions(a.p.dev, a.s.webDev)).toEqual(expected);
    expect(await second.effectivePermissions(a.p.dev, a.s.web)).toEqual(await a.engine.effectivePermissions(a.p.dev, a.s.web));
    expect(a.source.reads).toBe(reads);
  });

  it('reads the grants of a whole organization once per principal, whatever the scope asked about', async () => {
    const a = cachedAcme();
    const store = a.cached();
    await store.grantsAlongChain(a.p.ci, webDevChain(a));
    const reads = a.source.reads;
    expect(await store.grantsAlongChain(a.p.ci, { organizationId: a.s.org.id, projectId: a.s.data.id })).toEqual(
      await a.store.grantsAlongChain(a.p.ci, { organizationId: a.s.org.id, projectId: a.s.data.id }),
    );
    const scopeIds = (grants: readonly PlacedGrant[]) => grants.map((g) => g.scope.id).sort();
    expect(scopeIds(await store.grantsInOrganization(a.p.ci, a.s.org.id))).toEqual(scopeIds(await a.store.grantsInOrganization(a.p.ci, a.s.org.id)));
    expect(a.source.reads).toBe(reads);
  });

  it('keeps answering from memory until told what changed, then reads the principals named again', async () => {
    const a = cachedAcme();
    const engine = new PermissionEngine(a.cached());
    const before = await engine.effectivePermissions(a.p.dev, a.s.webDev);

    a.store.removeGrant(a.p.dev, a.s.web);
    const changed = await a.engine.effectivePermissions(a.p.dev, a.s.webDev);
    expect(changed).not.toEqual(before);
    expect(await engine.effectivePermissions(a.p.dev, a.s.webDev)).toEqual(before);

    a.cache.forget([{ principalId: a.p.architect, organizationId: a.s.org.id }]);
    expect(await engine.effectivePermissions(a.p.dev, a.s.webDev)).toEqual(before);

    a.cache.forget([{ principalId: a.p.dev, organizationId: a.s.org.id }]);
    expect(await engine.effectivePermissions(a.p.dev, a.s.webDev)).toEqual(changed);
  });

  it('forgets a principal disabled or re-enabled like any other change naming it', async () => {
    const a = cachedAcme();
    const engine = new PermissionEngine(a.cached());
    expect((await engine.effectivePermissions(a.p.lead, a.s.web)).permissions.length).toBeGreaterThan(0);
    a.store.addPrincipal({ ...(await a.store.principals([a.p.lead])).get(a.p.lead)!, disabled: true });
    a.cache.forget([{ principalId: a.p.lead, organizationId: null }]);
    expect((await engine.effectivePermissions(a.p.lead, a.s.web)).permissions).toEqual([]);
  });

  it('does not keep an answer read while something was forgotten: it may predate the change', async () => {
    const a = cachedAcme();
    let release!: () => void;
    a.source.hold = new Promise((resolve) => (release = resolve));
    const inFlight = a.cached().grantsAlongChain(a.p.dev, webDevChain(a));
    await Promise.resolve();
    a.store.removeGrant(a.p.dev, a.s.webDev);
    a.cache.forget([{ principalId: a.p.dev, organizationId: a.s.org.id }]);
    release();
    a.source.hold = undefined;
    await inFlight;

    expect(await a.cached().grantsAlongChain(a.p.dev, webDevChain(a))).toEqual(await a.store.grantsAlongChain(a.p.dev, webDevChain(a)));
    expect((await a.cached().grantsAlongChain(a.p.dev, webDevChain(a))).map((g) => g.role)).toEqual(['ORG_CONTRIBUTOR', 'PROJECT_CONTRIBUTOR']);
  });

  it('never keeps the absence of a scope or a principal: either may be created', async () => {
    const a = cachedAcme();
    const store = a.cached();
    expect(await store.scopeChain({ level: 'PROJECT', id: 'not-yet' })).toBeUndefined();
    expect((await store.principals(['nobody-yet'])).size).toBe(0);
    const reads = a.source.reads;
    await store.scopeChain({ level: 'PROJECT', id: 'not-yet' });
    await store.principals(['nobody-yet']);
    expect(a.source.reads).toBe(reads + 2);
  });

  it('stands at a committed revision only when it follows the last one; a gap is read from the log', () => {
    const cache = new GrantCache(10);
    cache.committed(1, []);
    cache.committed(3, []);
    expect(cache.revision).toBe(1);
    cache.advance(3, []);
    cache.committed(4, []);
    expect(cache.revision).toBe(4);
  });

  it('keeps nothing with a capacity of 0, and drops the oldest beyond its capacity', async () => {
    const off = cachedAcme(0);
    await off.cached().grantsAlongChain(off.p.dev, webDevChain(off));
    const reads = off.source.reads;
    await off.cached().grantsAlongChain(off.p.dev, webDevChain(off));
    expect(off.source.reads).toBe(reads * 2);

    const small = cachedAcme(2);
    const store = small.cached();
    const chain = { organizationId: small.s.org.id };
    for (const id of [small.p.dev, small.p.lead, small.p.ci]) await store.grantsAlongChain(id, chain);
    const before = small.source.reads;
    await store.grantsAlongChain(small.p.ci, chain);
    expect(small.source.reads).toBe(before);
    await store.grantsAlongChain(small.p.dev, chain);
    expect(small.source.reads).toBe(before + 1);
  });
});
