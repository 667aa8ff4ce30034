/** Scopes nest organization > project > environment; a role held at a scope applies inside it. */
export type ScopeLevel = 'ORGANIZATION' | 'PROJECT' | 'ENVIRONMENT';

export const SCOPE_LEVELS: readonly ScopeLevel[] = ['ORGANIZATION', 'PROJECT', 'ENVIRONMENT'];

/** A reference to one scope: its level and its id. */
export interface ScopeRef {
  readonly level: ScopeLevel;
  readonly id: string;
}

/**
 * A scope resolved to its chain of enclosing scopes. `projectId` is set for project and
 * environment scopes, `environmentId` for environment scopes.
 */
export interface ScopeChain {
  readonly organizationId: string;
  readonly projectId?: string;
  readonly environmentId?: string;
}

export function levelDepth(level: ScopeLevel): number {
  return SCOPE_LEVELS.indexOf(level);
}

/** The scope a chain resolves, its innermost one. */
export function scopeOfChain(chain: ScopeChain): ScopeRef {
  if (chain.environmentId) return { level: 'ENVIRONMENT', id: chain.environmentId };
  if (chain.projectId) return { level: 'PROJECT', id: chain.projectId };
  return { level: 'ORGANIZATION', id: chain.organizationId };
}

/** The scopes of a chain, outermost first. */
export function scopesOfChain(chain: ScopeChain): ScopeRef[] {
  const scopes: ScopeRef[] = [{ level: 'ORGANIZATION', id: chain.organizationId }];
  if (chain.projectId) scopes.push({ level: 'PROJECT', id: chain.projectId });
  if (chain.environmentId) scopes.push({ level: 'ENVIRONMENT', id: chain.environmentId });
  return scopes;
}

/** The chain cut at `level` (the enclosing scope of that level), or undefined if the chain is shallower. */
export function chainAtLevel(chain: ScopeChain, level: ScopeLevel): ScopeChain | undefined {
  switch (level) {
    case 'ORGANIZATION':
      return { organizationId: chain.organizationId };
    case 'PROJECT':
      return chain.projectId ? { organizationId: chain.organizationId, projectId: chain.projectId } : undefined;
    case 'ENVIRONMENT':
      return chain.environmentId ? chain : undefined;
  }
}

export function sameScope(a: ScopeRef, b: ScopeRef): boolean {
  return a.level === b.level && a.id === b.id;
}

export function scopeKey(scope: ScopeRef): string {
  return `${scope.level}:${scope.id}`;
}
