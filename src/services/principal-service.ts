import type { Visibility } from '../authz/visibility.js';
import { NotFoundError } from '../domain/errors.js';
import type { Principal } from '../persistence/entities/principal.entity.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { RoleAssignmentRepository } from '../persistence/repositories/role-assignment.repository.js';
import type { ChangeResult } from './change-result.js';
import { requireId } from './input.js';
import type { ServiceContext } from './service-context.js';

/**
 * Disabling a principal: it keeps its grants (for enabling it again) but holds no access, and its
 * tokens stop working at once. Each organization it belongs to gets its own event, so every
 * organization's audit log and live feed sees it.
 */
export class PrincipalService {
  constructor(private readonly ctx: ServiceContext) {}

  disable(principalId: string): Promise<ChangeResult<Principal>> {
    return this.setDisabled(principalId, true);
  }

  enable(principalId: string): Promise<ChangeResult<Principal>> {
    return this.setDisabled(principalId, false);
  }

  private async setDisabled(id: string, disabled: boolean): Promise<ChangeResult<Principal>> {
    const principalId = requireId(id, 'principalId');
    const committed = await this.ctx.change(async (change, authz) => {
      const principals = new PrincipalRepository(change.em);
      const [principal] = await principals.byIds([principalId]);
      if (!principal) throw NotFoundError.of('principal', principalId);
      const organizationIds = await organizationsOf(principal, new RoleAssignmentRepository(change.em), authz.visibility);
      await authz.policy.setDisabled(this.ctx.viewer.principalId, principalId, organizationIds, disabled);
      await principals.setDisabled(principal, disabled);
      const kind = disabled ? 'PRINCIPAL_DISABLED' : 'PRINCIPAL_ENABLED';
      change.record(...organizationIds.map((organizationId) => ({ kind, organizationId, principalId }) as const));
      return principal;
    });
    return { revision: committed.revision!, changes: [], value: committed.result };
  }

}

/** Its organizations (a service account's own included); NOT_FOUND unless the caller sees one of them. */
async function organizationsOf(principal: Principal, assignments: RoleAssignmentRepository, visibility: Visibility): Promise<string[]> {
  const ids = new Set(await assignments.organizationIdsOf(principal.id));
  if (principal.organization) ids.add(principal.organization.id);
  const organizationIds = [...ids].sort();
  const visible = await Promise.all(organizationIds.map((id) => visibility.canSee({ level: 'ORGANIZATION', id })));
  if (!visible.includes(true)) throw NotFoundError.of('principal', principal.id);
  return organizationIds;
}
