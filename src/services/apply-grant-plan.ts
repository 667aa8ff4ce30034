import type { GrantChange, GrantPlan } from '../authz/grant-plan.js';
import type { GrantStore } from '../authz/grant-store.js';
import { NotFoundError } from '../domain/errors.js';
import type { ScopeChain } from '../domain/scope.js';
import type { AccessEventKind } from '../persistence/access-event-kind.js';
import type { AccessChange } from '../persistence/access-change.js';
import { RoleAssignmentRepository } from '../persistence/repositories/role-assignment.repository.js';

/**
 * Writes an authorised plan's changes in order, each with its event, inside the change's
 * transaction. Membership (an organization role) has its own event kinds, so audit readers see
 * "member added/removed" rather than a role at the organization.
 */
export async function applyGrantPlan(change: AccessChange, store: GrantStore, plan: GrantPlan): Promise<void> {
  const assignments = new RoleAssignmentRepository(change.em);
  for (const grant of plan.changes) {
    const chain = await store.scopeChain(grant.scope);
    if (!chain) throw NotFoundError.of(grant.scope.level.toLowerCase(), grant.scope.id);
    await write(assignments, change, grant, chain);
    change.record({
      kind: eventKind(grant),
      organizationId: chain.organizationId,
      principalId: grant.principalId,
      scopeLevel: grant.scope.level,
      scopeId: grant.scope.id,
      projectId: chain.projectId ?? null,
      environmentId: chain.environmentId ?? null,
      oldRole: grant.oldRole ?? null,
      newRole: grant.newRole ?? null,
      cascade: grant.cascade,
    });
  }
}

async function write(assignments: RoleAssignmentRepository, change: AccessChange, grant: GrantChange, chain: ScopeChain): Promise<void> {
  if (grant.kind === 'ASSIGN') {
    await assignments.create({ principalId: grant.principalId, chain, role: grant.newRole!, createdById: change.actorId });
    return;
  }
  const held = await assignments.forPrincipalAt(grant.principalId, grant.scope);
  if (!held) throw NotFoundError.of('role assignment', `${grant.principalId}@${grant.scope.id}`);
  if (grant.kind === 'CHANGE') await assignments.changeRole(held, grant.newRole!);
  else await assignments.remove(held);
}

function eventKind(grant: GrantChange): AccessEventKind {
  const membership = grant.scope.level === 'ORGANIZATION';
  switch (grant.kind) {
    case 'ASSIGN':
      return membership ? 'MEMBER_ADDED' : 'ROLE_ASSIGNED';
    case 'CHANGE':
      return 'ROLE_CHANGED';
    case 'REVOKE':
      return membership ? 'MEMBER_REMOVED' : 'ROLE_REVOKED';
  }
}
