import { scopeOfChain, type ScopeChain } from '../domain/scope.js';
import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { BatchAuthorizer } from './batch-authorizer.js';

/** The chain of the scope an event is about; an organization-wide event is about the organization. */
export function chainOfEvent(event: AccessEvent, organizationId: string): ScopeChain {
  if (event.environmentId && event.projectId) return { organizationId, projectId: event.projectId, environmentId: event.environmentId };
  if (event.projectId) return { organizationId, projectId: event.projectId };
  return { organizationId };
}

/**
 * Whether a viewer may receive an access event, by the visibility rules as they stand when it is
 * sent: the event's scope must be visible to the viewer, and an event naming a principal (a
 * membership, a role) also needs sight of that scope's members, as the members lists and the
 * audit log do, unless that principal is the viewer. Events outside any organization (API tokens)
 * belong to no organization's feed.
 */
export async function mayReceive(authz: BatchAuthorizer, viewerId: string, event: AccessEvent): Promise<boolean> {
  const { organizationId } = event;
  if (organizationId === null) return false;
  const chain = chainOfEvent(event, organizationId);
  if (!(await authz.canSee(viewerId, scopeOfChain(chain)))) return false;
  if (event.principalId === null || event.principalId === viewerId) return true;
  return authz.canSeeMembers(viewerId, chain);
}
