import type { PrincipalKind } from '../domain/principal.js';
import type { RoleKey } from '../domain/role-tables.js';
import { roleDefinition } from '../domain/role-tables.js';
import { countingGrants, outermostFirst } from './counting-grants.js';
import type { GrantStore, PlacedGrant } from './grant-store.js';

export interface LicensedPrincipal {
  readonly principalId: string;
  readonly kind: PrincipalKind;
  /** For a seat: the seat-using roles it holds. For a read-only principal: every role it holds. */
  readonly roles: RoleKey[];
}

export interface LicenseUsage {
  readonly organizationId: string;
  /** Principals using a seat, by id. */
  readonly seats: LicensedPrincipal[];
  /** Members using no seat (free, read-only), by id. */
  readonly readOnly: LicensedPrincipal[];
  readonly seatCount: number;
  readonly readOnlyCount: number;
}

/**
 * Seats are counted from the grants that count (deny by default): a disabled principal uses no
 * seat and is listed nowhere, and orphaned grants (a project role without membership) use none,
 * so the bill matches what the engine lets principals do.
 */
export async function licenseUsage(store: GrantStore, organizationId: string): Promise<LicenseUsage> {
  const byPrincipal = groupByPrincipal(await store.organizationGrants(organizationId));
  const principals = await store.principals([...byPrincipal.keys()]);
  const seats: LicensedPrincipal[] = [];
  const readOnly: LicensedPrincipal[] = [];
  for (const principalId of [...byPrincipal.keys()].sort()) {
    const principal = principals.get(principalId);
    const grants = countingGrants(byPrincipal.get(principalId)!);
    if (!principal || principal.disabled || grants.length === 0) continue;
    const roles = grants.map((g) => g.role);
    const seatRoles = [...new Set(roles.filter((role) => roleDefinition(role).usesSeat))];
    if (seatRoles.length > 0) seats.push({ principalId, kind: principal.kind, roles: seatRoles });
    else readOnly.push({ principalId, kind: principal.kind, roles: [...new Set(roles)] });
  }
  return { organizationId, seats, readOnly, seatCount: seats.length, readOnlyCount: readOnly.length };
}

function groupByPrincipal(grants: readonly PlacedGrant[]): Map<string, PlacedGrant[]> {
  const groups = new Map<string, PlacedGrant[]>();
  for (const grant of [...grants].sort(outermostFirst)) {
    const group = groups.get(grant.principalId);
    if (group) group.push(grant);
    else groups.set(grant.principalId, [grant]);
  }
  return groups;
}
