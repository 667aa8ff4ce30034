import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import type { CheckRequest } from '../../src/authz/check.js';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import type { Page } from '../../src/authz/page.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import type { ReferenceRow } from '../domain/reference-tables.js';
import { readReferenceRoleList, readReferenceTables } from '../domain/reference-tables.js';

/**
 * The engine against a brute-force oracle on random organizations. The oracle knows nothing of
 * src/domain/role-tables.ts or the engine's indexes: it reads the marks from the reference
 * document and applies "How grants apply" literally, one question at a time, walking the scopes
 * of the chain and asking of each the role held there, whether it counts and what it marks. Grants are valid (a service account holds only the roles it may, and
 * one role per scope), and most come with the memberships they need; the rest are orphans
 * (a project role without organization membership, an environment role without a project role),
 * which must grant nothing, as must disabled principals.
 */

type Level = 'ORGANIZATION' | 'PROJECT' | 'ENVIRONMENT';
type Access = 'READ' | 'WRITE';
type Kind = 'USER' | 'SERVICE_ACCOUNT';

const LEVELS: readonly Level[] = ['ORGANIZATION', 'PROJECT', 'ENVIRONMENT'];
const depth = (level: Level): number => LEVELS.indexOf(level);
const ROLES_AT: Readonly<Record<Level, readonly RoleKey[]>> = {
  ORGANIZATION: ['ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER'],
  PROJECT: ['PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER'],
  ENVIRONMENT: ['ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER'],
};
const SERVICE_ACCOUNT_ROLES = readReferenceRoleList('Service accounts may hold only ', ';');
const ROWS = readReferenceTables();

interface Scope {
  readonly level: Level;
  readonly id: string;
}

interface Chain {
  readonly organizationId: string;
  readonly projectId?: string;
  readonly environmentId?: string;
}

interface World {
  readonly organizations: string[];
  readonly projects: { id: string; organizationId: string }[];
  readonly environments: { id: string; projectId: string }[];
  readonly principals: { id: string; kind: Kind; disabled: boolean }[];
  /** Keyed by principal and scope: one role per principal and scope. */
  readonly grants: Map<string, { principalId: string; scope: Scope; role: RoleKey }>;
}

interface Provenance {
  readonly role: RoleKey;
  readonly scope: Scope;
  readonly access: Access;
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

/** A role's mark on a row, read from the document; "Org Admin holds every row" of the deeper tables. */
function markOf(role: RoleKey, row: ReferenceRow): Access | undefined {
  if (role === 'ORG_ADMIN' && row.level !== 'ORGANIZATION') return 'WRITE';
  const mark = row.marks.get(role);
  return mark === 'W' ? 'WRITE' : mark === 'R' ? 'READ' : undefined;
}

const ROW_BY_KEY = new Map(ROWS.map((r) => [r.key, r]));
const rowOf = (key: string): ReferenceRow => ROW_BY_KEY.get(key)!;

const satisfies = (held: Access, wanted: Access): boolean => held === 'WRITE' || wanted === 'READ';
const strongest = (grants: readonly Provenance[]): Access | undefined =>
  grants.length === 0 ? undefined : grants.some((g) => g.access === 'WRITE') ? 'WRITE' : 'READ';

class Oracle {
  private readonly organizationOf: Map<string, string>;
  private readonly projectOf: Map<string, string>;

  constructor(private readonly world: World) {
    this.organizationOf = new Map(world.projects.map((p) => [p.id, p.organizationId]));
    this.projectOf = new Map(world.environments.map((e) => [e.id, e.projectId]));
  }

  chain(scope: Scope): Chain {
    if (scope.level === 'ORGANIZATION') return { organizationId: scope.id };
    if (scope.level === 'PROJECT') return { organizationId: this.organizationOf.get(scope.id)!, projectId: scope.id };
    const projectId = this.projectOf.get(scope.id)!;
    return { organizationId: this.organizationOf.get(projectId)!, projectId, environmentId: scope.id };
  }

  /** The scopes of a chain from the organization down to `level`. */
  private scopesDownTo(chain: Chain, level: Level): Scope[] {
    const all: Scope[] = [{ level: 'ORGANIZATION', id: chain.organizationId }];
    if (chain.projectId) all.push({ level: 'PROJECT', id: chain.projectId });
    if (chain.environmentId) all.push({ level: 'ENVIRONMENT', id: chain.environmentId });
    return all.filter((s) => depth(s.level) <= depth(level));
  }

  private roleAt(principalId: string, scope: Scope): RoleKey | undefined {
    return this.world.grants.get(`${principalId}|${scope.level}|${scope.id}`)?.role;
  }

  /** Whether a grant the principal holds at `scope` counts: its memberships are held too. */
  private counts(principalId: string, scope: Scope): boolean {
    const chain = this.chain(scope);
    if (!this.roleAt(principalId, { level: 'ORGANIZATION', id: chain.organizationId })) return false;
    return scope.level !== 'ENVIRONMENT' || this.roleAt(principalId, { level: 'PROJECT', id: chain.projectId! }) !== undefined;
  }

  private enabled(principalId: string): boolean {
    return this.world.principals.some((p) => p.id === principalId && !p.disabled);
  }

  /** Every counting grant of the principal that gives the row at `scope` (of the row's level), outermost first. */
  provenance(principalId: string, key: string, scope: Scope): Provenance[] {
    if (!this.enabled(principalId)) return [];
    const row = rowOf(key);
    const found: Provenance[] = [];
    for (const at of this.scopesDownTo(this.chain(scope), row.level)) {
      const role = this.roleAt(principalId, at);
      const access = role && this.counts(principalId, at) ? markOf(role, row) : undefined;
      if (role && access) found.push({ role, scope: at, access });
    }
    return found;
  }

  /** The scope a row is evaluated at when asked at `scope`: the enclosing scope of its level. */
  evaluatedAt(key: string, scope: Scope): Scope {
    return this.scopesDownTo(this.chain(scope), rowOf(key).level).at(-1)!;
  }

  effectivePermissions(principalId: string, scope: Scope) {
    const permissions = ROWS.filter((r) => r.level === scope.level).flatMap((row) => {
      const grants = this.provenance(principalId, row.key, scope);
      return grants.length === 0 ? [] : [{ key: row.key, access: strongest(grants)!, grants }];
    });
    return { principalId, scope, permissions };
  }

  check(request: CheckRequest) {
    const at = this.evaluatedAt(request.permissionKey, request.scope);
    const grants = this.provenance(request.principalId, request.permissionKey, at);
    const allowing = grants.filter((g) => satisfies(g.access, request.access));
    return { allowed: allowing.length > 0, request, grants: allowing, reason: allowing.length > 0 ? undefined : this.denial(request, at, grants) };
  }

  private denial(request: CheckRequest, at: Scope, grants: readonly Provenance[]): string {
    const principal = this.world.principals.find((p) => p.id === request.principalId);
    if (!principal) return 'PRINCIPAL_NOT_FOUND';
    if (principal.disabled) return 'PRINCIPAL_DISABLED';
    const held = this.scopesDownTo(this.chain(at), at.level).filter((s) => this.roleAt(principal.id, s) && this.counts(principal.id, s));
    if (held.length === 0) return 'NOT_ORGANIZATION_MEMBER';
    if (grants.length > 0) return 'ROLE_GRANTS_READ_ONLY';
    return held.at(-1)!.level === at.level ? 'ROLE_DOES_NOT_GRANT' : 'NO_ROLE_IN_SCOPE';
  }

  whoCan(key: string, access: Access, scope: Scope) {
    const at = this.evaluatedAt(key, scope);
    return this.world.principals
      .map((p) => p.id)
      .sort()
      .flatMap((principalId) => {
        const grants = this.provenance(principalId, key, at);
        const held = strongest(grants);
        return held && satisfies(held, access) ? [{ principalId, access: held, grants }] : [];
      });
  }

  accessibleScopes(principalId: string, key: string, access: Access, organizationId: string) {
    const level = rowOf(key).level;
    return this.scopesOf(level)
      .filter((scope) => this.chain(scope).organizationId === organizationId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((scope) => {
        const grants = this.provenance(principalId, key, scope);
        const held = strongest(grants);
        return held && satisfies(held, access) ? [{ scope, chain: this.chain(scope), access: held, grants }] : [];
      });
  }

  scopesOf(level: Level): Scope[] {
    const ids = level === 'ORGANIZATION' ? this.world.organizations : (level === 'PROJECT' ? this.world.projects : this.world.environments).map((s) => s.id);
    return ids.map((id) => ({ level, id }));
  }

  allScopes(): Scope[] {
    return LEVELS.flatMap((level) => this.scopesOf(level));
  }
}

// ---------------------------------------------------------------------------------------------
// Random organizations
// ---------------------------------------------------------------------------------------------

/** Which memberships a grant is given along with it: all it needs, only the organization's (so an environment role lacks its project role), or none. */
type Memberships = 'ALL' | 'ORGANIZATION' | 'NONE';

interface Shape {
  readonly organizations: number;
  readonly projects: number[];
  readonly environments: number[];
  readonly principals: { kind: Kind; disabled: boolean }[];
  readonly grants: { principal: number; scope: number; role: number; memberships: Memberships }[];
  readonly ids: string[];
  readonly pageSize: number;
}

const MAX = { organizations: 2, projects: 4, environments: 6, principals: 7, grants: 24 };

const shapes: fc.Arbitrary<Shape> = fc.record({
  organizations: fc.integer({ min: 1, max: MAX.organizations }),
  projects: fc.array(fc.nat(), { maxLength: MAX.projects }),
  environments: fc.array(fc.nat(), { maxLength: MAX.environments }),
  principals: fc.array(fc.record({ kind: fc.constantFrom<Kind>('USER', 'SERVICE_ACCOUNT'), disabled: fc.nat(5).map((n) => n === 0) }), {
    minLength: 1,
    maxLength: MAX.principals,
  }),
  grants: fc.array(
    fc.record({
      principal: fc.nat(),
      scope: fc.nat(),
      role: fc.nat(),
      memberships: fc.oneof({ arbitrary: fc.constant<Memberships>('ALL'), weight: 6 }, { arbitrary: fc.constant<Memberships>('ORGANIZATION'), weight: 2 }, { arbitrary: fc.constant<Memberships>('NONE'), weight: 1 }),
    }),
    { maxLength: MAX.grants },
  ),
  ids: fc.uniqueArray(fc.uuid({ version: 4 }), {
    minLength: MAX.organizations + MAX.projects + MAX.environments + MAX.principals,
    maxLength: MAX.organizations + MAX.projects + MAX.environments + MAX.principals,
  }),
  pageSize: fc.integer({ min: 1, max: 3 }),
});

function worldOf(shape: Shape): World {
  const ids = [...shape.ids];
  const organizations = Array.from({ length: shape.organizations }, () => ids.pop()!);
  const projects = shape.projects.map((o) => ({ id: ids.pop()!, organizationId: organizations[o % organizations.length]! }));
  const environments = projects.length === 0 ? [] : shape.environments.map((p) => ({ id: ids.pop()!, projectId: projects[p % projects.length]!.id }));
  const principals = shape.principals.map((p) => ({ id: ids.pop()!, ...p }));
  const world: World = { organizations, projects, environments, principals, grants: new Map() };
  const give = (principalId: string, scope: Scope, role: RoleKey) => world.grants.set(`${principalId}|${scope.level}|${scope.id}`, { principalId, scope, role });
  const oracle = new Oracle(world);
  const scopes = oracle.allScopes();
  for (const g of shape.grants) {
    const principal = principals[g.principal % principals.length]!;
    const scope = scopes[g.scope % scopes.length]!;
    const roles = ROLES_AT[scope.level].filter((role) => principal.kind === 'USER' || SERVICE_ACCOUNT_ROLES.includes(role));
    const chain = oracle.chain(scope);
    const missing = (level: Level, id: string | undefined) => depth(scope.level) > depth(level) && !world.grants.has(`${principal.id}|${level}|${id}`);
    if (g.memberships !== 'NONE' && missing('ORGANIZATION', chain.organizationId)) give(principal.id, { level: 'ORGANIZATION', id: chain.organizationId }, 'ORG_MEMBER');
    if (g.memberships === 'ALL' && missing('PROJECT', chain.projectId)) give(principal.id, { level: 'PROJECT', id: chain.projectId! }, 'PROJECT_MEMBER');
    give(principal.id, scope, roles[g.role % roles.length]!);
  }
  return world;
}

function snapshotOf(world: World): AccessSnapshot {
  return {
    organizations: world.organizations.map((id) => ({ id, name: id })),
    projects: world.projects.map((p) => ({ ...p, name: p.id })),
    environments: world.environments.map((e) => ({ ...e, name: e.id, tier: 'DEVELOPMENT' })),
    principals: world.principals.map((p) => ({ ...p, displayName: p.id })),
    grants: [...world.grants.values()],
  };
}

const worlds = shapes.map((shape) => ({ world: worldOf(shape), pageSize: shape.pageSize }));

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

const RUNS = { seed: 20_240_611, numRuns: 40 };

/** Deep equality first, since most answers agree; vitest's matcher only to describe a disagreement. */
function agree<T>(actual: T, expected: T): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** Every page, following cursors; each page but the last is full, and only the last says there is no next page. */
async function walk<T>(first: number, fetch: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after);
    items.push(...page.items);
    if (!page.hasNextPage) {
      if (after !== undefined) expect(page.items.length).toBeGreaterThan(0);
      return items;
    }
    expect(page.items).toHaveLength(first);
    after = page.endCursor;
  }
}

function setup(world: World) {
  const oracle = new Oracle(world);
  const engine = new PermissionEngine(new MemoryGrantStore(snapshotOf(world)));
  return { oracle, engine, scopes: oracle.allScopes(), principalIds: world.principals.map((p) => p.id) };
}

/** The rows that can be asked at a scope: its level and every shallower one. */
const rowsAskableAt = (scope: Scope): ReferenceRow[] => ROWS.filter((r) => depth(r.level) <= depth(scope.level));

describe(`the engine agrees with a brute-force oracle on ${RUNS.numRuns} random organizations (up to ${MAX.organizations} organizations, ${MAX.projects} projects, ${MAX.environments} environments, ${MAX.principals} principals of both kinds, ${MAX.grants} grants)`, () => {
  it('effectivePermissions, for every principal at every scope', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, async ({ world }) => {
        const { oracle, engine, scopes, principalIds } = setup(world);
        for (const principalId of principalIds) {
          for (const scope of scopes) agree(await engine.effectivePermissions(principalId, scope), oracle.effectivePermissions(principalId, scope));
        }
      }),
      RUNS,
    );
  });

  it('checkMany and check, for every principal (and an unknown one), permission askable at the scope, and access, at every scope', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, fc.uuid({ version: 4 }), async ({ world }, unknownId) => {
        const { oracle, engine, scopes, principalIds } = setup(world);
        const requests: CheckRequest[] = [...principalIds, unknownId].flatMap((principalId) =>
          scopes.flatMap((scope) => rowsAskableAt(scope).flatMap((row) => (['READ', 'WRITE'] as const).map((access) => ({ principalId, permissionKey: row.key, access, scope })))),
        );
        const answers = await engine.checkMany(requests);
        const actual = answers.map((a) => ({ allowed: a.allowed, request: a.request, grants: a.grants, reason: a.denial?.reason }));
        agree(actual, requests.map((r) => oracle.check(r)));
        for (const [i, request] of requests.entries()) {
          if (i % 7 === 0) agree(await engine.check(request), answers[i]);
        }
      }),
      RUNS,
    );
  });

  it('heldAt, for every principal (and an unknown one) at every scope: anything held as effectivePermissions says, each permission askable there as check says', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, fc.uuid({ version: 4 }), async ({ world }, unknownId) => {
        const { oracle, engine, scopes, principalIds } = setup(world);
        for (const principalId of [...principalIds, unknownId]) {
          for (const scope of scopes) {
            const held = await engine.heldAt(principalId, scope);
            agree(held.anything, oracle.effectivePermissions(principalId, scope).permissions.length > 0);
            for (const row of rowsAskableAt(scope)) {
              for (const access of ['READ', 'WRITE'] as const) agree(held.holds(row.key, access), oracle.check({ principalId, permissionKey: row.key, access, scope }).allowed);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('whoCan, every page followed through its cursors, for every permission and access at every scope', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, async ({ world, pageSize }) => {
        const { oracle, engine, scopes } = setup(world);
        for (const scope of scopes) {
          for (const row of rowsAskableAt(scope)) {
            for (const access of ['READ', 'WRITE'] as const) {
              const walked = await walk(pageSize, (after) => engine.whoCan({ permissionKey: row.key, access, scope, first: pageSize, after }));
              agree(walked, oracle.whoCan(row.key, access, scope));
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('accessibleScopes, every page followed through its cursors, for every principal, organization, permission and access', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, async ({ world, pageSize }) => {
        const { oracle, engine, principalIds } = setup(world);
        for (const principalId of principalIds) {
          for (const organizationId of world.organizations) {
            for (const row of ROWS) {
              for (const access of ['READ', 'WRITE'] as const) {
                const query = { principalId, permissionKey: row.key, access, organizationId, first: pageSize };
                const walked = await walk(pageSize, (after) => engine.accessibleScopes({ ...query, after }));
                agree(walked, oracle.accessibleScopes(principalId, row.key, access, organizationId));
              }
            }
          }
        }
      }),
      RUNS,
    );
  });
});
