import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CheckResult } from '../authz/check.js';
import type { GrantStore } from '../authz/grant-store.js';
import { RoleUsageRepository, type RoleUse } from '../persistence/repositories/role-usage.repository.js';

/**
 * What Rolegate knows of a service account's use of its roles: the allowed `check` answers about
 * it. A deploy tool asking "may this account deploy here?" before deploying is the account using
 * Environment Admin there; every grant in the answer's provenance is stamped with the time. The
 * advisor reads the stamps to report roles that nothing has relied on. People are not tracked.
 */
export async function recordServiceAccountUse(em: SqlEntityManager, store: GrantStore, results: readonly CheckResult[], now: Date): Promise<void> {
  const allowed = results.filter((r) => r.allowed);
  if (allowed.length === 0) return;
  const principals = await store.principals(allowed.map((r) => r.request.principalId));
  const uses: RoleUse[] = allowed
    .filter((r) => principals.get(r.request.principalId)?.kind === 'SERVICE_ACCOUNT')
    .flatMap((r) => r.grants.map((g) => ({ principalId: r.request.principalId, scopeId: g.scope.id, role: g.role })));
  await new RoleUsageRepository(em).stamp(uses, now);
}
