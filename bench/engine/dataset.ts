import type { AccessSnapshot } from '../../src/authz/access-snapshot.js';
import type { EnvironmentTier } from '../../src/domain/environment-tier.js';
import { ENVIRONMENT_TIERS } from '../../src/domain/environment-tier.js';
import type { Grant } from '../../src/domain/grant.js';
import type { Principal } from '../../src/domain/principal.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import { SeededRandom } from '../../src/persistence/seed/seeded-random.js';

/** The size and mix of the benchmark's organization. */
export interface DatasetShape {
  readonly principals: number;
  readonly serviceAccountShare: number;
  readonly orgAdmins: number;
  readonly projects: number;
  readonly environments: number;
  readonly projectGrants: number;
  readonly environmentGrants: number;
}

/** 10,000 principals + 60,000 project grants + 30,000 environment grants = 100,000 grants. */
export const ENGINE_DATASET: DatasetShape = {
  principals: 10_000,
  serviceAccountShare: 0.1,
  orgAdmins: 5,
  projects: 1_000,
  environments: 3_000,
  projectGrants: 60_000,
  environmentGrants: 30_000,
};

/** Who holds a project role where: the requests aim at these so that checks are not all denials. */
export interface Membership {
  readonly principalId: string;
  readonly projectId: string;
}

export interface Dataset {
  readonly snapshot: AccessSnapshot;
  readonly memberships: readonly Membership[];
  readonly environmentIdsByProject: ReadonlyMap<string, readonly string[]>;
}

// Role mixes. Service accounts may hold only the roles the grant policy allows them.
const HUMAN_PROJECT_ROLES = [['PROJECT_ADMIN', 10], ['PROJECT_ARCHITECT', 15], ['PROJECT_CONTRIBUTOR', 35], ['PROJECT_MEMBER', 40]] as const;
const HUMAN_ENVIRONMENT_ROLES = [['ENVIRONMENT_ADMIN', 25], ['ENVIRONMENT_READER', 75]] as const;
const SERVICE_ENVIRONMENT_ROLES = [['ENVIRONMENT_ADMIN', 60], ['ENVIRONMENT_READER', 40]] as const;
const HUMAN_CONTRIBUTOR_SHARE = 0.05;
const SERVICE_CONTRIBUTOR_SHARE = 0.2;
/** Skew of project roles over principals: 1 is uniform; 1.5 gives the busiest 1% about 5% of the roles. */
const MEMBERSHIP_SKEW = 1.5;

/** Gives every project one environment, then spreads the rest at random. */
function environmentCounts(prng: SeededRandom, shape: DatasetShape): number[] {
  const counts = new Array<number>(shape.projects).fill(1);
  for (let i = shape.projects; i < shape.environments; i++) counts[prng.int(shape.projects)]! += 1;
  return counts;
}

function buildPrincipals(prng: SeededRandom, shape: DatasetShape): Principal[] {
  return Array.from({ length: shape.principals }, (_, i): Principal => {
    // The first principals are humans so that the Org Admins (who must be humans) come first.
    const isService = i >= shape.orgAdmins && prng.chance(shape.serviceAccountShare);
    const kind = isService ? 'SERVICE_ACCOUNT' : 'USER';
    return { id: prng.uuid(), kind, displayName: `${isService ? 'svc' : 'user'}-${i}`, disabled: false };
  });
}

function organizationRole(prng: SeededRandom, principal: Principal, index: number, shape: DatasetShape): RoleKey {
  if (index < shape.orgAdmins) return 'ORG_ADMIN';
  const contributorShare = principal.kind === 'SERVICE_ACCOUNT' ? SERVICE_CONTRIBUTOR_SHARE : HUMAN_CONTRIBUTOR_SHARE;
  return prng.chance(contributorShare) ? 'ORG_CONTRIBUTOR' : 'ORG_MEMBER';
}

/**
 * Builds the organization deterministically from `seed`: every principal an org member (a few Org
 * Admins, some Org Contributors), each project created by a human Org Admin or Contributor who is
 * its Project Admin, further project roles spread with a skew over principals, and environment
 * roles only where the principal already holds a project role in that environment's project. At
 * most one role per principal and scope, as the store requires.
 */
export function buildDataset(shape: DatasetShape, seed: number): Dataset {
  const prng = new SeededRandom(seed);
  const organization = { id: prng.uuid(), name: 'bench-org' };
  const principals = buildPrincipals(prng, shape);
  const grants: Grant[] = [];
  const creators: Principal[] = [];
  principals.forEach((principal, i) => {
    const role = organizationRole(prng, principal, i, shape);
    if (principal.kind === 'USER' && role !== 'ORG_MEMBER') creators.push(principal);
    grants.push({ principalId: principal.id, scope: { level: 'ORGANIZATION', id: organization.id }, role });
  });

  const projects = Array.from({ length: shape.projects }, (_, i) => ({ id: prng.uuid(), organizationId: organization.id, name: `project-${i}` }));
  const environments: { id: string; projectId: string; name: string; tier: EnvironmentTier }[] = [];
  const environmentIdsByProject = new Map<string, string[]>();
  environmentCounts(prng, shape).forEach((count, p) => {
    const projectId = projects[p]!.id;
    const ids: string[] = [];
    for (let e = 0; e < count; e++) {
      const id = prng.uuid();
      ids.push(id);
      environments.push({ id, projectId, name: `env-${p}-${e}`, tier: ENVIRONMENT_TIERS[e % ENVIRONMENT_TIERS.length]! });
    }
    environmentIdsByProject.set(projectId, ids);
  });

  const memberships: Membership[] = [];
  const taken = new Set<string>();
  const addProjectRole = (principal: Principal, projectId: string, role: RoleKey): void => {
    taken.add(`${principal.id}/${projectId}`);
    memberships.push({ principalId: principal.id, projectId });
    grants.push({ principalId: principal.id, scope: { level: 'PROJECT', id: projectId }, role });
  };
  for (const project of projects) addProjectRole(prng.pick(creators), project.id, 'PROJECT_ADMIN');
  while (memberships.length < shape.projectGrants) {
    const principal = principals[Math.floor(shape.principals * prng.next() ** MEMBERSHIP_SKEW)]!;
    const projectId = prng.pick(projects).id;
    if (taken.has(`${principal.id}/${projectId}`)) continue;
    const role = principal.kind === 'SERVICE_ACCOUNT' ? 'PROJECT_MEMBER' : prng.weighted(HUMAN_PROJECT_ROLES);
    addProjectRole(principal, projectId, role);
  }

  const kindById = new Map(principals.map((p) => [p.id, p.kind]));
  for (let added = 0; added < shape.environmentGrants; ) {
    const { principalId, projectId } = prng.pick(memberships);
    const environmentId = prng.pick(environmentIdsByProject.get(projectId)!);
    if (taken.has(`${principalId}/${environmentId}`)) continue;
    taken.add(`${principalId}/${environmentId}`);
    const mix = kindById.get(principalId) === 'SERVICE_ACCOUNT' ? SERVICE_ENVIRONMENT_ROLES : HUMAN_ENVIRONMENT_ROLES;
    grants.push({ principalId, scope: { level: 'ENVIRONMENT', id: environmentId }, role: prng.weighted(mix) });
    added++;
  }

  return { snapshot: { organizations: [organization], projects, environments, principals, grants }, memberships, environmentIdsByProject };
}
