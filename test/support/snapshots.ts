import fc from 'fast-check';
import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import type { EnvironmentTier } from '../../src/domain/environment-tier.js';
import type { Grant } from '../../src/domain/grant.js';
import { newId } from '../../src/domain/ids.js';
import type { Principal, PrincipalKind } from '../../src/domain/principal.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { scopeKey } from '../../src/domain/scope.js';

/**
 * Access snapshots for tests and benchmarks: a builder for hand-written fixtures, and random
 * organizations (fast-check) for property tests, including disabled principals, service
 * accounts and orphaned grants, which the engine must ignore.
 */
export class SnapshotBuilder {
  private readonly organizations: { id: string; name: string }[] = [];
  private readonly projects: { id: string; organizationId: string; name: string }[] = [];
  private readonly environments: { id: string; projectId: string; name: string; tier: EnvironmentTier }[] = [];
  private readonly principals: Principal[] = [];
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly nextId: () => string = newId) {}

  organization(name = 'Organization'): ScopeRef {
    const id = this.nextId();
    this.organizations.push({ id, name });
    return { level: 'ORGANIZATION', id };
  }

  project(organization: ScopeRef, name = 'Project'): ScopeRef {
    const id = this.nextId();
    this.projects.push({ id, organizationId: organization.id, name });
    return { level: 'PROJECT', id };
  }

  environment(project: ScopeRef, name = 'Environment', tier: EnvironmentTier = 'DEVELOPMENT'): ScopeRef {
    const id = this.nextId();
    this.environments.push({ id, projectId: project.id, name, tier });
    return { level: 'ENVIRONMENT', id };
  }

  principal(kind: PrincipalKind, displayName: string, disabled = false): string {
    const id = this.nextId();
    this.principals.push({ id, kind, displayName, disabled });
    return id;
  }

  user(displayName = 'User', disabled = false): string {
    return this.principal('USER', displayName, disabled);
  }

  serviceAccount(displayName = 'Service Account', disabled = false): string {
    return this.principal('SERVICE_ACCOUNT', displayName, disabled);
  }

  /** At most one role per principal and scope: a second grant replaces the first. */
  grant(principalId: string, scope: ScopeRef, role: RoleKey): this {
    this.grants.set(`${principalId}|${scopeKey(scope)}`, { principalId, scope, role });
    return this;
  }

  build(): AccessSnapshot {
    return {
      organizations: [...this.organizations],
      projects: [...this.projects],
      environments: [...this.environments],
      principals: [...this.principals],
      grants: [...this.grants.values()],
    };
  }
}

export interface RandomSnapshotOptions {
  readonly maxOrganizations?: number;
  readonly maxProjects?: number;
  readonly maxEnvironments?: number;
  readonly maxPrincipals?: number;
  readonly maxGrants?: number;
}

interface Shape {
  readonly organizations: number;
  readonly projectOrganizations: number[];
  readonly environmentProjects: number[];
  readonly principals: { kind: PrincipalKind; disabled: boolean }[];
  readonly grants: { principal: number; scope: number; role: number }[];
  readonly ids: string[];
}

/**
 * Random organizations: scopes and principals by index, grants of a role of the scope's level
 * at a random scope to a random principal. Nothing enforces the membership order, so orphaned
 * grants (a project role without organization membership, an environment role without a
 * project role) occur often, as do disabled principals.
 */
export function accessSnapshotArbitrary(options: RandomSnapshotOptions = {}): fc.Arbitrary<AccessSnapshot> {
  const { maxOrganizations = 2, maxProjects = 4, maxEnvironments = 6, maxPrincipals = 8, maxGrants = 40 } = options;
  const idCount = maxOrganizations + maxProjects + maxEnvironments + maxPrincipals;
  const shape: fc.Arbitrary<Shape> = fc.record({
    organizations: fc.integer({ min: 1, max: maxOrganizations }),
    projectOrganizations: fc.array(fc.nat(), { maxLength: maxProjects }),
    environmentProjects: fc.array(fc.nat(), { maxLength: maxEnvironments }),
    principals: fc.array(
      fc.record({ kind: fc.constantFrom<PrincipalKind>('USER', 'SERVICE_ACCOUNT'), disabled: fc.nat(4).map((n) => n === 0) }),
      { minLength: 1, maxLength: maxPrincipals },
    ),
    grants: fc.array(fc.record({ principal: fc.nat(), scope: fc.nat(), role: fc.nat() }), { maxLength: maxGrants }),
    ids: fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: idCount, maxLength: idCount }),
  });
  return shape.map(buildFromShape);
}

function buildFromShape(shape: Shape): AccessSnapshot {
  const ids = [...shape.ids];
  const builder = new SnapshotBuilder(() => ids.pop()!);
  const organizations = Array.from({ length: shape.organizations }, (_, i) => builder.organization(`Organization ${i}`));
  const projects = shape.projectOrganizations.map((o, i) => builder.project(organizations[o % organizations.length]!, `Project ${i}`));
  const environments =
    projects.length === 0 ? [] : shape.environmentProjects.map((p, i) => builder.environment(projects[p % projects.length]!, `Environment ${i}`));
  const principals = shape.principals.map((p, i) => builder.principal(p.kind, `Principal ${i}`, p.disabled));
  const scopes = [...organizations, ...projects, ...environments];
  for (const g of shape.grants) {
    const scope = scopes[g.scope % scopes.length]!;
    const roles = ROLES.filter((r) => r.level === scope.level);
    builder.grant(principals[g.principal % principals.length]!, scope, roles[g.role % roles.length]!.key);
  }
  return builder.build();
}

/** The same random organization for the same seed: for reproducible fixtures and benchmarks. */
export function sampleAccessSnapshot(seed: number, options: RandomSnapshotOptions = {}): AccessSnapshot {
  return fc.sample(accessSnapshotArbitrary(options), { seed, numRuns: 1 })[0]!;
}
