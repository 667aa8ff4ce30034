import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { requireId, requireScope } from './input.js';
import type { ServiceContext } from './service-context.js';

/** What a client asks `accessChanged` for, as it arrives. */
export interface AccessChangesRequest {
  readonly organizationId: string;
  readonly projectId?: string | null;
  readonly environmentId?: string | null;
  readonly principalId?: string | null;
  readonly afterRevision?: number | null;
}

/** A verified `accessChanged` request: ids well-formed, scopes visible to the caller and nested as given. */
export interface AccessChangesQuery {
  readonly organizationId: string;
  readonly projectId?: string;
  readonly environmentId?: string;
  readonly principalId?: string;
  /** Replay the events of later revisions before going live; live only when absent. */
  readonly afterRevision?: number;
}

/**
 * Who may subscribe to what on the live feed, by the rules the matching queries apply. Checked
 * once when subscribing; the feed then judges every event on its own (`realtime/`).
 */
export class AccessFeedService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The organization, and the project or environment a filter names, must be visible to the
   * caller (NOT_FOUND otherwise) and lie inside one another. A principal filter is only checked
   * for shape: which of its events the caller sees is decided per event.
   */
  async accessChanges(request: AccessChangesRequest): Promise<AccessChangesQuery> {
    const organizationId = requireId(request.organizationId, 'organizationId');
    const projectId = optionalId(request.projectId, 'filter.projectId');
    const environmentId = optionalId(request.environmentId, 'filter.environmentId');
    const principalId = optionalId(request.principalId, 'filter.principalId');
    const afterRevision = optionalRevision(request.afterRevision);
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: organizationId });
    if (projectId) await this.requireInside({ level: 'PROJECT', id: projectId }, { organizationId });
    if (environmentId) await this.requireInside({ level: 'ENVIRONMENT', id: environmentId }, { organizationId, projectId });
    return { organizationId, projectId, environmentId, principalId, afterRevision };
  }

  /**
   * The chain of a scope whose permissions someone wants to watch; NOT_FOUND when it does not
   * exist. Whether the caller may watch them there is `AccessQueryService.effectivePermissions`'s
   * rule, applied next.
   */
  async watchedScope(scope: ScopeRef): Promise<{ readonly scope: ScopeRef; readonly chain: ScopeChain }> {
    const at = requireScope(scope);
    const chain = await this.ctx.store.scopeChain(at);
    if (!chain) throw NotFoundError.of(at.level.toLowerCase(), at.id);
    return { scope: at, chain };
  }

  private async requireInside(scope: ScopeRef, within: { readonly organizationId: string; readonly projectId?: string }): Promise<void> {
    await this.ctx.visibility.requireVisible(scope);
    const chain = (await this.ctx.store.scopeChain(scope))!;
    const outside = chain.organizationId !== within.organizationId || (within.projectId !== undefined && chain.projectId !== within.projectId);
    if (outside) throw NotFoundError.of(scope.level.toLowerCase(), scope.id);
  }
}

function optionalId(value: string | null | undefined, field: string): string | undefined {
  return value === null || value === undefined ? undefined : requireId(value, field);
}

function optionalRevision(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new InvalidInputError('afterRevision must be a non-negative integer.', { field: 'afterRevision' });
  return value;
}
