import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacedGrant } from '../../src/authz/grant-store.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { newId } from '../../src/domain/ids.js';
import { SCOPE_LEVELS, scopeOfChain, type ScopeChain, type ScopeRef } from '../../src/domain/scope.js';
import { BatchedGrantStore } from '../../src/graphql/loaders/batched-grant-store.js';
import { DatabaseGrantStore } from '../../src/persistence/database-grant-store.js';
import { RoleAssignmentRepository } from '../../src/persistence/repositories/role-assignment.repository.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';
import { describeGrantStoreContract } from '../authz/grant-store.contract.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';
import { sampleAccessSnapshot } from '../support/snapshots.js';

describeGrantStoreContract(`batched over the database (${TEST_DIALECT})`, async (snapshot) => {
  const test = await openTestDatabase();
  await writeSnapshot(test.db.fork(), snapshot);
  return { store: new BatchedGrantStore(new DatabaseGrantStore(test.db.fork())), close: test.close };
});

/** Grants as comparable strings: who holds which role where, on which chain. */
function described(grants: readonly PlacedGrant[]): string[] {
  return grants.map((g) => `${g.principalId} ${g.role} ${g.scope.level}:${g.scope.id} ${JSON.stringify(scopeOfChain(g.chain))}`);
}

describe(`BatchedGrantStore (${TEST_DIALECT})`, () => {
  const snapshot = sampleAccessSnapshot(7, { maxOrganizations: 2, maxProjects: 12, maxEnvironments: 30, maxPrincipals: 20, maxGrants: 120 });
  const memory = new MemoryGrantStore(snapshot);
  const chains: ScopeChain[] = [
    ...snapshot.organizations.map((o) => ({ organizationId: o.id })),
    ...snapshot.projects.map((p) => ({ organizationId: p.organizationId, projectId: p.id })),
    ...snapshot.environments.map((e) => {
      const project = snapshot.projects.find((p) => p.id === e.projectId)!;
      return { organizationId: project.organizationId, projectId: project.id, environmentId: e.id };
    }),
  ];
  const scopes: ScopeRef[] = [...chains.map(scopeOfChain), { level: 'PROJECT', id: newId() }];
  const principalIds = [...snapshot.principals.map((p) => p.id), newId()];
  let test: TestDatabase;

  beforeAll(async () => {
    test = await openTestDatabase();
    await writeSnapshot(test.db.fork(), snapshot);
  });
  afterAll(async () => {
    await test?.close();
  });

  const statementsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> => {
    const before = test.db.statementsExecuted();
    const result = await work();
    return { result, statements: test.db.statementsExecuted() - before };
  };

  it('answers the point reads asked in one tick with one statement per kind (per level for scopes, per organization for grants), as the store answers them one by one', async () => {
    expect(new Set(scopes.map((s) => s.level))).toEqual(new Set(SCOPE_LEVELS));
    const store = new BatchedGrantStore(new DatabaseGrantStore(test.db.fork()));
    const { result, statements } = await statementsDuring(() =>
      Promise.all([
        Promise.all(scopes.map((scope) => store.scopeChain(scope))),
        Promise.all(principalIds.map((id) => store.principals([id]))),
        Promise.all(principalIds.flatMap((id) => chains.map((chain) => store.grantsAlongChain(id, chain)))),
      ]),
    );
    expect(statements).toBe(SCOPE_LEVELS.length + 1 + snapshot.organizations.length);

    const [scopeChains, principals, grants] = result;
    expect(scopeChains).toEqual(await Promise.all(scopes.map((scope) => memory.scopeChain(scope))));
    expect(principals).toEqual(await Promise.all(principalIds.map((id) => memory.principals([id]))));
    const expected = await Promise.all(principalIds.flatMap((id) => chains.map((chain) => memory.grantsAlongChain(id, chain))));
    expect(grants.map(described)).toEqual(expected.map(described));
    expect(grants.flat().length).toBeGreaterThan(0);
  });

  it('remembers each answer for the request, and forgets them all when told (after a change)', async () => {
    const store = new BatchedGrantStore(new DatabaseGrantStore(test.db.fork()));
    const project = snapshot.projects[0]!;
    const chain: ScopeChain = { organizationId: project.organizationId, projectId: project.id };
    const newcomer = snapshot.principals.find((p) => snapshot.grants.every((g) => g.principalId !== p.id || g.scope.id !== project.id))!;

    const first = await statementsDuring(() => store.grantsAlongChain(newcomer.id, chain));
    const again = await statementsDuring(() => Promise.all([store.grantsAlongChain(newcomer.id, chain), store.scopeChain({ level: 'PROJECT', id: project.id })]));
    expect(first.statements).toBe(1);
    expect(again.statements).toBe(1);

    await new RoleAssignmentRepository(test.db.fork()).create({ principalId: newcomer.id, chain, role: 'PROJECT_MEMBER', createdById: null });
    const cached = await statementsDuring(() => store.grantsAlongChain(newcomer.id, chain));
    expect(cached.statements).toBe(0);
    expect(cached.result.map((g) => g.role)).not.toContain('PROJECT_MEMBER');

    store.forget();
    const fresh = await statementsDuring(() => store.grantsAlongChain(newcomer.id, chain));
    expect(fresh.statements).toBe(1);
    expect(fresh.result.map((g) => g.role)).toContain('PROJECT_MEMBER');
  });
});
