import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessSnapshot } from '../authz/access-snapshot.js';
import { newId } from '../domain/ids.js';
import type { ScopeChain } from '../domain/scope.js';
import { chunks } from './chunks.js';
import { Environment } from './entities/environment.entity.js';
import { Organization } from './entities/organization.entity.js';
import { Principal } from './entities/principal.entity.js';
import { Project } from './entities/project.entity.js';
import { RoleAssignment } from './entities/role-assignment.entity.js';

/** Rows per INSERT: large snapshots (benchmarks, seeding) go in a few hundred statements, not one per row. */
const ROWS_PER_INSERT = 500;

/**
 * Writes a snapshot into an empty (migrated) database, in one transaction, with multi-row
 * inserts. It records no access events and leaves the revision at 0: a snapshot is a starting
 * state, not a change.
 */
export async function writeSnapshot(em: SqlEntityManager, snapshot: AccessSnapshot): Promise<void> {
  await em.transactional((tx) => insertSnapshot(tx, snapshot));
}

/**
 * Inserts a snapshot's rows through `tx`, which must be a transaction (the seeder's access change
 * runs it inside its own, beside the events it records).
 *
 * A snapshot knows less than the schema, so: created-at times are now, creators are null, users
 * have no email, and each service account belongs to the organization of its first grant (the
 * first organization when it holds none) — a service account's grants all lie in its own
 * organization.
 */
export async function insertSnapshot(tx: SqlEntityManager, snapshot: AccessSnapshot): Promise<void> {
  const createdAt = new Date();
  const chains = new Map<string, ScopeChain>();
  for (const o of snapshot.organizations) chains.set(o.id, { organizationId: o.id });
  for (const p of snapshot.projects) chains.set(p.id, { organizationId: p.organizationId, projectId: p.id });
  for (const e of snapshot.environments) {
    const project = chains.get(e.projectId);
    if (!project) throw new Error(`Snapshot environment ${e.id} names a project ${e.projectId} the snapshot lacks.`);
    chains.set(e.id, { ...project, environmentId: e.id });
  }
  const chainOf = (scopeId: string): ScopeChain => {
    const chain = chains.get(scopeId);
    if (!chain) throw new Error(`Snapshot grant names a scope ${scopeId} the snapshot lacks.`);
    return chain;
  };
  const ownerOf = new Map<string, string>();
  for (const g of snapshot.grants) if (!ownerOf.has(g.principalId)) ownerOf.set(g.principalId, chainOf(g.scope.id).organizationId);

  // Rows are built a batch at a time: a million grants as rows at once would hold the heap hostage.
  const insert = async <T extends object, S>(entity: new () => T, items: readonly S[], row: (item: S) => object) => {
    for (const batch of chunks(items, ROWS_PER_INSERT)) await tx.insertMany(entity, batch.map(row) as T[]);
  };
  await insert(Organization, snapshot.organizations, (o) => ({ id: o.id, name: o.name, createdAt }));
  await insert(Principal, snapshot.principals, (p) => ({
    id: p.id,
    kind: p.kind,
    displayName: p.displayName,
    disabled: p.disabled,
    email: null,
    description: null,
    organization: p.kind === 'SERVICE_ACCOUNT' ? (ownerOf.get(p.id) ?? snapshot.organizations[0]?.id) : null,
    createdAt,
  }));
  await insert(Project, snapshot.projects, (p) => ({ id: p.id, organization: p.organizationId, name: p.name, createdAt, createdBy: null }));
  await insert(Environment, snapshot.environments, (e) => ({ id: e.id, project: e.projectId, name: e.name, tier: e.tier, createdAt }));
  await insert(RoleAssignment, snapshot.grants, (g) => {
    const chain = chainOf(g.scope.id);
    return {
      id: newId(),
      principal: g.principalId,
      scopeLevel: g.scope.level,
      scopeId: g.scope.id,
      organization: chain.organizationId,
      project: chain.projectId ?? null,
      environment: chain.environmentId ?? null,
      role: g.role,
      createdAt,
      createdBy: null,
    };
  });
}
