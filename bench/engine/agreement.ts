import type { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { CasbinAuthorizer } from './casbin-authorizer.js';
import type { CheckRequest, ScopeRequest } from './requests.js';

export interface Agreement {
  readonly compared: number;
  readonly agreed: number;
  /** How many of the compared answers were "allowed" (or, for listings, non-empty). */
  readonly positive: number;
  readonly firstDisagreements: readonly string[];
}

const SHOWN_DISAGREEMENTS = 5;

function tally(results: readonly { agreed: boolean; positive: boolean; describe: () => string }[]): Agreement {
  const disagreements = results.filter((r) => !r.agreed);
  return {
    compared: results.length,
    agreed: results.length - disagreements.length,
    positive: results.filter((r) => r.positive).length,
    firstDisagreements: disagreements.slice(0, SHOWN_DISAGREEMENTS).map((r) => r.describe()),
  };
}

/** Do Rolegate and Casbin allow and deny the same checks? */
export async function compareChecks(engine: PermissionEngine, casbin: CasbinAuthorizer, requests: readonly CheckRequest[]): Promise<Agreement> {
  const results = [];
  for (const request of requests) {
    const ours = (await engine.check(request)).allowed;
    const theirs = await casbin.check(request);
    results.push({ agreed: ours === theirs, positive: ours, describe: () => `${JSON.stringify(request)}: rolegate ${ours}, casbin ${theirs}` });
  }
  return tally(results);
}

/** Do both list the same permissions with the same access (key=READ|WRITE, sorted)? */
export async function compareListings(engine: PermissionEngine, casbin: CasbinAuthorizer, requests: readonly ScopeRequest[]): Promise<Agreement> {
  const results = [];
  for (const { principalId, scope } of requests) {
    const ours = (await engine.effectivePermissions(principalId, scope)).permissions.map((p) => `${p.key}=${p.access}`).sort().join(' ');
    const theirs = [...(await casbin.effectivePermissions(principalId, scope))].map(([key, access]) => `${key}=${access}`).sort().join(' ');
    results.push({ agreed: ours === theirs, positive: ours !== '', describe: () => `${principalId} at ${scope.id}: rolegate [${ours}], casbin [${theirs}]` });
  }
  return tally(results);
}
