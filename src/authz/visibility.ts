import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { Access } from '../domain/role-tables.js';
import { scopeOfChain, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import type { PermissionEngine } from './permission-engine.js';

const KIND_OF_LEVEL = { ORGANIZATION: 'organization', PROJECT: 'project', ENVIRONMENT: 'environment' } as const;

/**
 * What a viewer may see, derived from the viewer's own effective permissions (deny by default):
 * - a scope is visible when the viewer holds at least one permission there. Every organization
 *   role grants something at the organization, every project role something at its project, and
 *   an environment role needs a project role, so membership is what makes scopes visible, and an
 *   Org Contributor sees only the projects it holds a role in (those it created or was given);
 * - the members of an organization are visible with `org.settings.users` READ; of a project or an
 *   environment with `project.settings.members` READ on the project (an Environment Admin also sees
 *   its environment's members through `environment.settings`, since it assigns Environment Readers);
 * - a principal's effective permissions at a scope are visible to the principal and to whoever
 *   sees that scope's members.
 * A scope the viewer cannot see is NOT_FOUND, indistinguishable from one that does not exist; a
 * visible scope whose members are hidden is FORBIDDEN (its existence is no secret to the viewer).
 */
export class Visibility {
  constructor(
    private readonly engine: PermissionEngine,
    private readonly viewerId: string,
  ) {}

  async canSee(scope: ScopeRef): Promise<boolean> {
    const held = await this.engine.effectivePermissions(this.viewerId, scope);
    return held.permissions.length > 0;
  }

  /** Throws NOT_FOUND unless the scope exists and the viewer can see it. */
  async requireVisible(scope: ScopeRef): Promise<void> {
    let visible: boolean;
    try {
      visible = await this.canSee(scope);
    } catch (error) {
      if (error instanceof NotFoundError) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
      throw error;
    }
    if (!visible) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
  }

  async canSeeMembers(chain: ScopeChain): Promise<boolean> {
    const scope = scopeOfChain(chain);
    if (scope.level === 'ORGANIZATION') return this.holds('org.settings.users', 'READ', scope);
    if (await this.holds('project.settings.members', 'READ', scope)) return true;
    return scope.level === 'ENVIRONMENT' && this.holds('environment.settings', 'READ', scope);
  }

  /** NOT_FOUND when the scope is hidden; FORBIDDEN when it is visible but its members are not. */
  async requireMembersVisible(chain: ScopeChain): Promise<void> {
    const scope = scopeOfChain(chain);
    await this.requireVisible(scope);
    if (!(await this.canSeeMembers(chain))) {
      throw new ForbiddenError(`You may not see who holds access in this ${KIND_OF_LEVEL[scope.level]}: that needs ${membersPermissionFor(scope)}.`);
    }
  }

  /** The viewer's own access is always visible inside its organizations; anyone else's needs the members permission. */
  async requireAccessOfVisible(principalId: string, chain: ScopeChain): Promise<void> {
    if (principalId === this.viewerId) {
      // Refused as the scope asked about: naming its organization would reveal where it lives.
      const scope = scopeOfChain(chain);
      if (!(await this.canSee({ level: 'ORGANIZATION', id: chain.organizationId }))) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
      return;
    }
    await this.requireVisible(scopeOfChain(chain));
    if (!(await this.canSeeMembers(chain))) throw NotFoundError.of('principal', principalId);
  }

  /** FORBIDDEN (within a visible organization) unless the viewer holds the permission. */
  async requirePermission(permissionKey: string, access: Access, scope: ScopeRef): Promise<void> {
    if (!(await this.holds(permissionKey, access, scope))) {
      throw new ForbiddenError(`This needs ${permissionKey} (${access}) here, which none of your roles grants.`, { permission: permissionKey, access });
    }
  }

  async holds(permissionKey: string, access: Access, scope: ScopeRef): Promise<boolean> {
    const result = await this.engine.check({ principalId: this.viewerId, permissionKey, access, scope });
    return result.allowed;
  }
}

function membersPermissionFor(scope: ScopeRef): string {
  return scope.level === 'ORGANIZATION' ? 'org.settings.users (Org Admin)' : 'project.settings.members on the project';
}
