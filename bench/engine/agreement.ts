import type { PermissionEngine } from '../../src/authz/permission-engine.js';
import type { CasbinAuthorizer } from './casbin-authorizer.js';
import type { CheckRequest, ScopeRequest } from './requests.js';

export interface Agreement {
  readonly compared: number;
  readonly agreed: number;
  /** How many requests got each kind of answer from Rolegate, so a reader sees what the sample exercised. */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly firstDisagreements: readonly string[];
}

interface Compared {
  readonly agreed: boolean;
  readonly outcome: string;
  readonly describe: () => string;
}

const SHOWN_DISAGREEMENTS = 5;

function tally(results: readonly Compared[]): Agreement {
  const disagreements = results.filter((r) => !r.agreed);
  const outcomes: Record<string, number> = {};
  for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  return {
    compared: results.length,
    agreed: results.length - disagreements.length,
    outcomes,
    firstDisagreements: disagreements.slice(0, SHOWN_DISAGREEMENTS).map((r) => r.describe()),
  };
}

/** Do Rolegate and Casbin allow and deny the same checks? Outcomes are ALLOWED or Rolegate's denial reason. */
export async function compareChecks(engine: PermissionEngine, casbin: CasbinAuthorizer, requests: readonly CheckRequest[]): Promise<Agreement> {
  const results: Compared[] = [];
  for (const request of requests) {
    const ours = await engine.check(request);
    const theirs = casbin.check(request);
    results.push({
      agreed: ours.allowed === theirs,
      outcome: ours.allowed ? 'ALLOWED' : ours.denial!.reason,
      describe: () => `${JSON.stringify(request)}: rolegate ${ours.allowed}, casbin ${theirs}`,
    });
  }
  return tally(results);
}

function listingOutcome(listing: string): string {
  if (listing === '') return 'none';
  return listing.includes('=WRITE') ? 'some WRITE' : 'READ only';
}

/** Do both list the same permissions with the same access (key=READ|WRITE, sorted)? */
export async function compareListings(engine: PermissionEngine, casbin: CasbinAuthorizer, requests: readonly ScopeRequest[]): Promise<Agreement> {
  const results: Compared[] = [];
  for (const { principalId, scope } of requests) {
    const ours = (await engine.effectivePermissions(principalId, scope)).permissions.map((p) => `${p.key}=${p.access}`).sort().join(' ');
    const theirs = [...(await casbin.effectivePermissions(principalId, scope))].map(([key, access]) => `${key}=${access}`).sort().join(' ');
    results.push({ agreed: ours === theirs, outcome: listingOutcome(ours), describe: () => `${principalId} at ${scope.id}: rolegate [${ours}], casbin [${theirs}]` });
  }
  return tally(results);
}
