import type { Grant } from '../domain/grant.js';
import type { EnvironmentTier } from '../domain/environment-tier.js';
import type { Principal } from '../domain/principal.js';

/**
 * An organization's access state as plain data: the shape fixtures, property tests, benchmarks
 * and the seeder build, and that both grant stores can be loaded from.
 */
export interface AccessSnapshot {
  readonly organizations: readonly { readonly id: string; readonly name: string }[];
  readonly projects: readonly { readonly id: string; readonly organizationId: string; readonly name: string }[];
  readonly environments: readonly {
    readonly id: string;
    readonly projectId: string;
    readonly name: string;
    readonly tier: EnvironmentTier;
  }[];
  readonly principals: readonly Principal[];
  readonly grants: readonly Grant[];
}
