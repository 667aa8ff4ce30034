import type { AccessSnapshot } from '../../authz/access-snapshot.js';
import type { EnvironmentTier } from '../../domain/environment-tier.js';
import type { Grant } from '../../domain/grant.js';
import type { Principal } from '../../domain/principal.js';
import type { RoleKey } from '../../domain/role-tables.js';
import type { SeedOptions } from './seed-options.js';
import { SeededRandom } from './seeded-random.js';

/** A seeded organization as plain data, and the Org Admin who gets a token. */
export interface SeedDataset {
  readonly snapshot: AccessSnapshot;
  readonly organizationId: string;
  readonly adminId: string;
}

type Environment = AccessSnapshot['environments'][number];
type Weighted<T> = readonly (readonly [T, number])[];

/** Organizations keep a handful of admins whatever their size; the first principals are they. */
const ORG_ADMINS = 5;
// Role mixes. Service accounts draw only from roles the grant policy lets them hold.
const SERVICE_ACCOUNT_SHARE = 0.1;
const USER_ORGANIZATION_ROLES: Weighted<RoleKey> = [['ORG_CONTRIBUTOR', 5], ['ORG_MEMBER', 95]];
const SERVICE_ORGANIZATION_ROLES: Weighted<RoleKey> = [['ORG_CONTRIBUTOR', 20], ['ORG_MEMBER', 80]];
const USER_PROJECT_ROLES: Weighted<RoleKey> = [['PROJECT_ADMIN', 10], ['PROJECT_ARCHITECT', 15], ['PROJECT_CONTRIBUTOR', 35], ['PROJECT_MEMBER', 40]];
const SERVICE_PROJECT_ROLES: Weighted<RoleKey> = [['PROJECT_MEMBER', 1]];
const USER_ENVIRONMENT_ROLES: Weighted<RoleKey> = [['ENVIRONMENT_ADMIN', 25], ['ENVIRONMENT_READER', 75]];
const SERVICE_ENVIRONMENT_ROLES: Weighted<RoleKey> = [['ENVIRONMENT_ADMIN', 60], ['ENVIRONMENT_READER', 40]];

/**
 * Builds the organization `options` describe, deterministically from `options.seed`:
 * - the first five principals are users and Org Admins, principal 0 the one `rolegate seed` prints
 *   a token for; about one in ten of the others is a service account;
 * - environments are spread evenly over the projects, the last of each project PRODUCTION;
 * - the first min(principals, grants) principals are members (an organization role each), and the
 *   remaining grants are shared evenly among them: each member takes project roles in projects
 *   visited in a random order, and environment roles only inside a project where it holds a role.
 * Every grant is one the grant policy could have made: membership before a project role, a project
 * role before an environment role in it, service accounts only in roles they may hold, at most one
 * role per principal and scope.
 */
export function generateSeedDataset(options: SeedOptions): SeedDataset {
  const random = new SeededRandom(options.seed);
  const organization = { id: random.uuid(), name: options.organizationName };
  const principals = buildPrincipals(random, options.principals);
  const projects = Array.from({ length: options.projects }, (_, i) => ({ id: random.uuid(), organizationId: organization.id, name: `project-${i + 1}` }));
  const environmentsByProject = buildEnvironments(random, projects, options.environments);

  const members = Math.min(options.principals, options.grants);
  const grants: Grant[] = [];
  for (let i = 0; i < members; i++) {
    const principal = principals[i]!;
    const role = i < ORG_ADMINS ? 'ORG_ADMIN' : random.weighted(principal.kind === 'USER' ? USER_ORGANIZATION_ROLES : SERVICE_ORGANIZATION_ROLES);
    grants.push({ principalId: principal.id, scope: { level: 'ORGANIZATION', id: organization.id }, role });
  }
  const rest = options.grants - members;
  for (let i = 0; i < members && rest > 0; i++) {
    const quota = Math.floor(rest / members) + (i < rest % members ? 1 : 0);
    addScopedGrants(random, principals[i]!, projects, environmentsByProject, quota, grants);
  }

  return {
    snapshot: { organizations: [organization], projects, environments: environmentsByProject.flat(), principals, grants },
    organizationId: organization.id,
    adminId: principals[0]!.id,
  };
}

function buildPrincipals(random: SeededRandom, count: number): Principal[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i): Principal => {
    const kind = i >= ORG_ADMINS && random.chance(SERVICE_ACCOUNT_SHARE) ? 'SERVICE_ACCOUNT' : 'USER';
    const number = String(i + 1).padStart(width, '0');
    const displayName = i === 0 ? 'Seed Admin' : `${kind === 'USER' ? 'user' : 'service-account'}-${number}`;
    return { id: random.uuid(), kind, displayName, disabled: false };
  });
}

function buildEnvironments(random: SeededRandom, projects: readonly { id: string }[], count: number): Environment[][] {
  return projects.map((project, p) => {
    const size = Math.floor(count / projects.length) + (p < count % projects.length ? 1 : 0);
    return Array.from({ length: size }, (_, e): Environment => {
      const tier = environmentTier(e, size);
      return { id: random.uuid(), projectId: project.id, name: `${tier.toLowerCase()}-${e + 1}`, tier };
    });
  });
}

const LOWER_TIERS: readonly EnvironmentTier[] = ['DEVELOPMENT', 'QA', 'UAT'];

function environmentTier(index: number, size: number): EnvironmentTier {
  return index === size - 1 ? 'PRODUCTION' : LOWER_TIERS[index % LOWER_TIERS.length]!;
}

/**
 * Appends `quota` project and environment roles of one member to `grants`. Projects are visited in
 * a random order; each visit gives a project role and a random number of that project's
 * environments. A quota too large for one pass (near the capacity `parseSeedOptions` checks) takes
 * the environments left over in a second pass.
 */
function addScopedGrants(
  random: SeededRandom,
  principal: Principal,
  projects: readonly { id: string }[],
  environmentsByProject: readonly Environment[][],
  quota: number,
  grants: Grant[],
): void {
  const user = principal.kind === 'USER';
  let left = quota;
  const grant = (level: 'PROJECT' | 'ENVIRONMENT', id: string, mix: Weighted<RoleKey>): void => {
    grants.push({ principalId: principal.id, scope: { level, id }, role: random.weighted(mix) });
    left -= 1;
  };
  const environmentRoles = (environments: readonly Environment[], from: number, count: number): void => {
    for (let j = 0; j < count && left > 0; j++) {
      grant('ENVIRONMENT', environments[(from + j) % environments.length]!.id, user ? USER_ENVIRONMENT_ROLES : SERVICE_ENVIRONMENT_ROLES);
    }
  };
  const visits: { environments: readonly Environment[]; next: number; remaining: number }[] = [];
  const order = random.permutation(projects.length);
  for (let i = 0; i < projects.length && left > 0; i++) {
    const p = order(i);
    grant('PROJECT', projects[p]!.id, user ? USER_PROJECT_ROLES : SERVICE_PROJECT_ROLES);
    const environments = environmentsByProject[p]!;
    if (environments.length === 0) continue;
    const from = random.int(environments.length);
    const take = random.int(environments.length + 1);
    environmentRoles(environments, from, take);
    visits.push({ environments, next: from + take, remaining: environments.length - take });
  }
  for (const visit of visits) environmentRoles(visit.environments, visit.next, visit.remaining);
}
