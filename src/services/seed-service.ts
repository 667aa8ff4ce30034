import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConflictError } from '../domain/errors.js';
import { runAccessChange, type AccessChange } from '../persistence/access-change.js';
import { OrganizationRepository } from '../persistence/repositories/organization.repository.js';
import { generateSeedDataset, type SeedDataset } from '../persistence/seed/seed-dataset.js';
import type { SeedOptions } from '../persistence/seed/seed-options.js';
import { refreshAfterBulkLoad, SEEDED_TABLES } from '../persistence/after-bulk-load.js';
import { insertSnapshot } from '../persistence/write-snapshot.js';
import { issueApiToken } from './issue-api-token.js';

export interface SeedResult {
  readonly organizationId: string;
  readonly adminId: string;
  /** An API token of the seeded Org Admin, shown once. */
  readonly token: string;
  readonly revision: number;
  readonly counts: { readonly principals: number; readonly projects: number; readonly environments: number; readonly grants: number; readonly events: number };
}

/**
 * `rolegate seed`: builds a large organization for benchmarks and demos (`generateSeedDataset`)
 * and writes it as ONE access change made by the system: one revision whose events are exactly
 * those the API would have recorded for the same changes (the organization, each project and
 * environment created, each member added, each role assigned, the admin's token created). So the
 * audit log explains every seeded grant and the realtime feed sees one change, at the price of
 * one event row per grant. The dataset is deterministic in `options.seed`; the token is random.
 */
export async function seedOrganization(em: SqlEntityManager, options: SeedOptions): Promise<SeedResult> {
  const dataset = generateSeedDataset(options);
  const committed = await runAccessChange(em, null, async (change) => {
    await requireNotSeeded(change.em, dataset, options.seed);
    await insertSnapshot(change.em, dataset.snapshot);
    recordSeedEvents(change, dataset);
    const { token } = await issueApiToken(change, { principalId: dataset.adminId, name: 'seed', expiresAt: null });
    return token;
  });
  await refreshAfterBulkLoad(em, SEEDED_TABLES);
  const { snapshot } = dataset;
  return {
    organizationId: dataset.organizationId,
    adminId: dataset.adminId,
    token: committed.result,
    revision: committed.revision!,
    counts: {
      principals: snapshot.principals.length,
      projects: snapshot.projects.length,
      environments: snapshot.environments.length,
      grants: snapshot.grants.length,
      events: committed.events.length,
    },
  };
}

/** The same seed builds the same ids: a second run into one database would collide halfway. */
async function requireNotSeeded(em: SqlEntityManager, dataset: SeedDataset, seed: number): Promise<void> {
  const [existing] = await new OrganizationRepository(em).byIds([dataset.organizationId]);
  if (existing) {
    throw new ConflictError(`This database already holds the organization seeded with --seed ${seed} ("${existing.name}"): seed an empty database or choose another --seed.`, {
      organizationId: existing.id,
    });
  }
}

function recordSeedEvents(change: AccessChange, { snapshot, organizationId }: SeedDataset): void {
  const projectOf = new Map(snapshot.environments.map((e) => [e.id, e.projectId]));
  change.record({ kind: 'ORGANIZATION_CREATED', organizationId, scopeLevel: 'ORGANIZATION', scopeId: organizationId });
  for (const project of snapshot.projects) {
    change.record({ kind: 'PROJECT_CREATED', organizationId, scopeLevel: 'PROJECT', scopeId: project.id, projectId: project.id });
  }
  for (const environment of snapshot.environments) {
    change.record({
      kind: 'ENVIRONMENT_CREATED',
      organizationId,
      scopeLevel: 'ENVIRONMENT',
      scopeId: environment.id,
      projectId: environment.projectId,
      environmentId: environment.id,
    });
  }
  for (const grant of snapshot.grants) {
    const { level, id } = grant.scope;
    change.record({
      kind: level === 'ORGANIZATION' ? 'MEMBER_ADDED' : 'ROLE_ASSIGNED',
      organizationId,
      principalId: grant.principalId,
      scopeLevel: level,
      scopeId: id,
      projectId: level === 'PROJECT' ? id : level === 'ENVIRONMENT' ? projectOf.get(id)! : null,
      environmentId: level === 'ENVIRONMENT' ? id : null,
      newRole: grant.role,
    });
  }
}
