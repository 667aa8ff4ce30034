import { PERMISSION_KEYS, type Access } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import type { SeedDataset } from '../../src/persistence/seed/seed-dataset.js';
import { SeededRandom } from '../../src/persistence/seed/seeded-random.js';

export interface PrincipalAtScope {
  readonly principalId: string;
  readonly scope: ScopeRef;
}

export interface CheckAsked extends PrincipalAtScope {
  readonly permissionKey: string;
  readonly access: Access;
}

/** Half the pairs are people working where they have access; see `RequestDraw.principalAtEnvironment`. */
const WORKING_SHARE = 0.5;

/** Random questions about a seeded organization, the same ones for the same dataset and seed. */
export class RequestDraw {
  private readonly prng: SeededRandom;
  private readonly projectRoles: readonly { principalId: string; projectId: string }[];
  private readonly environmentsOf = new Map<string, string[]>();

  constructor(
    private readonly dataset: SeedDataset,
    seed: number,
  ) {
    this.prng = new SeededRandom(seed);
    this.projectRoles = dataset.snapshot.grants.filter((g) => g.scope.level === 'PROJECT').map((g) => ({ principalId: g.principalId, projectId: g.scope.id }));
    for (const e of dataset.snapshot.environments) {
      const list = this.environmentsOf.get(e.projectId) ?? [];
      list.push(e.id);
      this.environmentsOf.set(e.projectId, list);
    }
  }

  /**
   * A principal at an environment: half the time one holding a project role in the environment's
   * project (someone working where they have access), otherwise a uniformly random principal and
   * environment (where mostly only the organization role counts). Uniform pairs alone would
   * almost never meet a project or environment grant.
   */
  principalAtEnvironment(): PrincipalAtScope {
    const { snapshot } = this.dataset;
    if (this.prng.chance(WORKING_SHARE)) {
      const { principalId, projectId } = this.prng.pick(this.projectRoles);
      const environments = this.environmentsOf.get(projectId);
      if (environments) return { principalId, scope: { level: 'ENVIRONMENT', id: this.prng.pick(environments) } };
    }
    return { principalId: this.prng.pick(snapshot.principals).id, scope: { level: 'ENVIRONMENT', id: this.prng.pick(snapshot.environments).id } };
  }

  /** Any permission of the catalog, READ or WRITE, for a principal at an environment. */
  check(): CheckAsked {
    return { ...this.principalAtEnvironment(), permissionKey: this.prng.pick(PERMISSION_KEYS), access: this.prng.chance(0.5) ? 'READ' : 'WRITE' };
  }

  environment(): ScopeRef {
    return { level: 'ENVIRONMENT', id: this.prng.pick(this.dataset.snapshot.environments).id };
  }

  project(): ScopeRef {
    return { level: 'PROJECT', id: this.prng.pick(this.dataset.snapshot.projects).id };
  }
}
