import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grant } from '../../src/domain/grant.js';
import { newId } from '../../src/domain/ids.js';
import type { PlacedGrant } from '../../src/authz/grant-store.js';
import type { Principal } from '../../src/domain/principal.js';
import { DatabaseGrantStore } from '../../src/persistence/database-grant-store.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

/** More subscribers than one statement binds, so both ways of reading their grants are exercised. */
const SUBSCRIBERS = 1_300;

describe(`reading a batch's subscribers and their grants (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  const organizationId = newId();
  const otherOrganizationId = newId();
  const projectId = newId();
  const principals: Principal[] = Array.from({ length: SUBSCRIBERS + 10 }, (_, i) => ({ id: newId(), kind: 'USER', displayName: `p${i}`, disabled: i % 7 === 0 }));

  beforeAll(async () => {
    test = await openTestDatabase();
    const grants: Grant[] = principals.flatMap((p, i): Grant[] => [
      { principalId: p.id, scope: { level: 'ORGANIZATION', id: i % 5 === 0 ? otherOrganizationId : organizationId }, role: 'ORG_MEMBER' },
      ...(i % 3 === 0 ? [{ principalId: p.id, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_CONTRIBUTOR' } as Grant] : []),
    ]);
    await writeSnapshot(test.db.fork(), {
      organizations: [{ id: organizationId, name: 'Watched' }, { id: otherOrganizationId, name: 'Other' }],
      projects: [{ id: projectId, organizationId, name: 'P' }],
      environments: [],
      principals,
      // A project grant needs a membership in the project's organization.
      grants: grants.filter((g) => g.scope.level !== 'PROJECT' || grants.some((m) => m.principalId === g.principalId && m.scope.id === organizationId)),
    });
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives the same principals and grants whether the ids fit one statement or not', async () => {
    const store = new DatabaseGrantStore(test.db.fork());
    const ids = [...principals.slice(0, SUBSCRIBERS).map((p) => p.id), newId()];
    const many = { principals: await store.principalsInOrganization(ids, organizationId), grants: await store.grantsByPrincipalInOrganization(ids, organizationId) };
    const few = { principals: new Map<string, Principal>(), grants: new Map<string, readonly PlacedGrant[]>() };
    for (let i = 0; i < ids.length; i += 500) {
      const slice = ids.slice(i, i + 500);
      for (const [id, principal] of await store.principalsInOrganization(slice, organizationId)) few.principals.set(id, principal);
      for (const [id, grants] of await store.grantsByPrincipalInOrganization(slice, organizationId)) few.grants.set(id, grants);
    }
    expect(many.principals.size).toBe(SUBSCRIBERS);
    expect([...many.principals.entries()].sort()).toEqual([...few.principals.entries()].sort());
    expect(sortedEntries(many.grants)).toEqual(sortedEntries(few.grants));
    // Every principal asked about is answered, in scope id order (a list, not a set: signatures are built from it).
    const expected = new Map(await Promise.all(ids.map(async (id) => [id, [...(await store.grantsInOrganization(id, organizationId))].sort((a, b) => (a.scope.id < b.scope.id ? -1 : 1))] as const)));
    expect(sortedEntries(many.grants)).toEqual(sortedEntries(expected));
    expect(many.grants.get(ids.at(-1)!)).toEqual([]);
  });
});

function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}
