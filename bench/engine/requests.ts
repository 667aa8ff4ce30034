import type { Access } from '../../src/domain/role-tables.js';
import { PERMISSION_KEYS } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { SeededRandom } from '../../src/persistence/seed/seeded-random.js';
import type { Dataset } from './dataset.js';

export interface ScopeRequest {
  readonly principalId: string;
  readonly scope: ScopeRef;
}

export interface CheckRequest extends ScopeRequest {
  readonly permissionKey: string;
  readonly access: Access;
}

/**
 * Half the requests come from a principal holding a project role in the environment's project
 * (the traffic a gateway sees: people working where they have access); the other half pair a
 * uniformly random principal with a uniformly random environment (mostly denials, only the org
 * role counts). Uniform pairs alone would almost never find a project or environment grant.
 */
const TARGETED_SHARE = 0.5;

type Asked = { readonly key: string; readonly access: Access } | undefined;

/** The permission asked in a check: three common questions, or (undefined) any catalog key at random. */
const CHECK_MIX: readonly (readonly [Asked, number])[] = [
  [{ key: 'environment.deploy', access: 'WRITE' }, 25],
  [{ key: 'environment.deployments', access: 'READ' }, 25],
  [{ key: 'project.settings.members', access: 'WRITE' }, 20],
  [undefined, 30],
];

function scopeRequest(prng: SeededRandom, dataset: Dataset): ScopeRequest {
  const { snapshot, memberships, environmentIdsByProject } = dataset;
  if (prng.chance(TARGETED_SHARE)) {
    const { principalId, projectId } = prng.pick(memberships);
    return { principalId, scope: { level: 'ENVIRONMENT', id: prng.pick(environmentIdsByProject.get(projectId)!) } };
  }
  return { principalId: prng.pick(snapshot.principals).id, scope: { level: 'ENVIRONMENT', id: prng.pick(snapshot.environments).id } };
}

export function scopeRequests(dataset: Dataset, count: number, seed: number): ScopeRequest[] {
  const prng = new SeededRandom(seed);
  return Array.from({ length: count }, () => scopeRequest(prng, dataset));
}

export function checkRequests(dataset: Dataset, count: number, seed: number): CheckRequest[] {
  const prng = new SeededRandom(seed);
  return Array.from({ length: count }, (): CheckRequest => {
    const base = scopeRequest(prng, dataset);
    const chosen = prng.weighted(CHECK_MIX);
    if (chosen) return { ...base, permissionKey: chosen.key, access: chosen.access };
    return { ...base, permissionKey: prng.pick(PERMISSION_KEYS), access: prng.chance(0.5) ? 'READ' : 'WRITE' };
  });
}
