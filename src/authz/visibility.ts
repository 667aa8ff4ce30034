import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { Access } from '../domain/role-tables.js';
import { scopeOfChain, type ScopeChain, type ScopeLevel, type ScopeRef } from '../domain/scope.js';
import type { HeldAccess } from './held-access.js';
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
    return (await this.held(scope)).anything;
  }

  /** Throws NOT_FOUND unless the scope exists and the viewer can see it. */
  async requireVisible(scope: ScopeRef): Promise<void> {
    await this.heldIfVisible(scope);
  }

  async canSeeMembers(chain: ScopeChain): Promise<boolean> {
    const scope = scopeOfChain(chain);
    return membersVisible(await this.held(scope), scope.level);
  }

  /** NOT_FOUND when the scope is hidden; FORBIDDEN when it is visible but its members are not. */
  async requireMembersVisible(chain: ScopeChain): Promise<void> {
    const scope = scopeOfChain(chain);
    if (!membersVisible(await this.heldIfVisible(scope), scope.level)) {
      throw new ForbiddenError(`You may not see who holds access in this ${KIND_OF_LEVEL[scope.level]}: that needs ${membersPermissionFor(scope)}.`);
    }
  }

  /** The viewer's own access is always visible inside its organizations; anyone else's needs the members permission. */
  async requireAccessOfVisible(principalId: string, chain: ScopeChain): Promise<void> {
    const scope = scopeOfChain(chain);
    if (principalId === this.viewerId) {
      // Refused as the scope asked about: naming its organization would reveal where it lives.
      if (!(await this.canSee({ level: 'ORGANIZATION', id: chain.organizationId }))) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
      return;
    }
    if (!membersVisible(await this.heldIfVisible(scope), scope.level)) throw NotFoundError.of('principal', principalId);
  }

  /** FORBIDDEN (within a visible organization) unless the viewer holds the permission. */
  async requirePermission(permissionKey: string, access: Access, scope: ScopeRef): Promise<void> {
    if (!(await this.holds(permissionKey, access, scope))) {
      throw new ForbiddenError(`This needs ${permissionKey} (${access}) here, which none of your roles grants.`, { permission: permissionKey, access });
    }
  }

  async holds(permissionKey: string, access: Access, scope: ScopeRef): Promise<boolean> {
    return (await this.held(scope)).holds(permissionKey, access);
  }

  /** One read of what the viewer holds at the scope answers every question about it here. */
  private held(scope: ScopeRef): Promise<HeldAccess> {
    return this.engine.heldAt(this.viewerId, scope);
  }

  /** What the viewer holds at the scope; NOT_FOUND unless the scope exists and the viewer can see it. */
  private async heldIfVisible(scope: ScopeRef): Promise<HeldAccess> {
    let held: HeldAccess;
    try {
      held = await this.held(scope);
    } catch (error) {
      if (error instanceof NotFoundError) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
      throw error;
    }
    if (!held.anything) throw NotFoundError.of(KIND_OF_LEVEL[scope.level], scope.id);
    return held;
  }
}

/** An organization's members need `org.settings.users`; a project's or an environment's, the project's members permission or, at an environment, its settings. */
function membersVisible(held: HeldAccess, level: ScopeLevel): boolean {
  if (level === 'ORGANIZATION') return held.holds('org.settings.users', 'READ');
  return held.holds('project.settings.members', 'READ') || (level === 'ENVIRONMENT' && held.holds('environment.settings', 'READ'));
}

function membersPermissionFor(scope: ScopeRef): string {
  return scope.level === 'ORGANIZATION' ? 'org.settings.users (Org Admin)' : 'project.settings.members on the project';
}
