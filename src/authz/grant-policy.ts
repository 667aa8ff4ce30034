import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import type { RoleKey } from '../domain/role-tables.js';
import { accessSatisfies, isRoleKey, roleDefinition } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { roleMarksAtLevel } from './catalog-index.js';
import { countingGrants } from './counting-grants.js';
import type { GrantPlan } from './grant-plan.js';
import { assignment, revocation } from './grant-plan.js';
import type { GrantStore, PlacedGrant } from './grant-store.js';
import { requirePermission, requireScopeRef } from './input-validation.js';
import type { PermissionEngine } from './permission-engine.js';
import { refuse } from './policy-refusals.js';
import { resolveScope } from './scope-resolution.js';
import { describeScope, roleTitle } from './wording.js';

/** Creating a project makes its creator a member of it; the service applies the grant once the project exists. */
export interface ProjectCreationPlan {
  readonly organizationId: string;
  readonly creatorId: string;
  /** Project Admin for a user; Project Member for a service account, which cannot hold Project Admin. */
  readonly creatorRole: RoleKey;
}

interface Parties {
  readonly chain: ScopeChain;
  readonly actor: Principal;
  readonly target: Principal;
  /** The actor's grants that count, along the scope's chain. */
  readonly actorGrants: PlacedGrant[];
  /** The target's stored grant at the scope itself. */
  readonly targetGrant: PlacedGrant | undefined;
  /** The target's stored grants along the chain (for prerequisites). */
  readonly targetGrants: PlacedGrant[];
}

/**
 * "Who may change access": authorises a change and plans it, without applying it. Refusals are
 * PolicyViolationError naming the rule; unknown actors, targets and scopes are NotFoundError.
 * Checks run in a fixed order: input shape, then the actor's authority, then the rules about the
 * change itself, so an actor without authority learns nothing about the target's roles.
 */
export class GrantPolicy {
  constructor(
    private readonly store: GrantStore,
    private readonly engine: PermissionEngine,
  ) {}

  /** Adds a principal to an organization (Org Member unless another organization role is given). */
  async addMember(actorId: string, targetId: string, organizationId: string, role: RoleKey = 'ORG_MEMBER'): Promise<GrantPlan> {
    const scope: ScopeRef = { level: 'ORGANIZATION', id: organizationId };
    requireRoleAtScope(role, scope);
    const parties = await this.parties(actorId, targetId, scope);
    this.requireOrgAdmin(parties);
    requireAllowedForKind(parties.target, role);
    if (parties.targetGrant) {
      throw new ConflictError(
        `Principal ${targetId} is already a member of ${describeScope(scope)} as ${roleTitle(parties.targetGrant.role)}; change their role instead.`,
        { principalId: targetId, organizationId, role: parties.targetGrant.role },
      );
    }
    return { changes: [assignment(targetId, scope, role, undefined)] };
  }

  /** Gives the target `role` at the scope, or changes the role it holds there; removes nothing. */
  async assign(actorId: string, targetId: string, scope: ScopeRef, role: RoleKey): Promise<GrantPlan> {
    requireRoleAtScope(role, requireScopeRef(scope));
    const parties = await this.parties(actorId, targetId, scope);
    const oldRole = parties.targetGrant?.role;
    await this.authorise(parties, scope, [role, ...(oldRole ? [oldRole] : [])]);
    await this.requireCanHold(parties, scope, role);
    requireAllowedForKind(parties.target, role);
    requirePrerequisites(parties, scope, role);
    if (oldRole === role) {
      throw new ConflictError(`Principal ${targetId} already holds ${roleTitle(role)} at ${describeScope(scope)}.`, { principalId: targetId, scope, role });
    }
    if (oldRole === 'ORG_ADMIN') await this.requireAnotherOrgAdmin(parties.target, parties.chain.organizationId);
    return { changes: [assignment(targetId, scope, role, oldRole)] };
  }

  /** Removes the target's role at the scope and everything that depended on it. */
  async revoke(actorId: string, targetId: string, scope: ScopeRef): Promise<GrantPlan> {
    const parties = await this.parties(actorId, targetId, requireScopeRef(scope));
    const held = parties.targetGrant;
    await this.authorise(parties, scope, held ? [held.role] : []);
    if (!held) {
      throw new NotFoundError(`Principal ${targetId} holds no role at ${describeScope(scope)}.`, { principalId: targetId, scope });
    }
    if (held.role === 'ORG_ADMIN') await this.requireAnotherOrgAdmin(parties.target, parties.chain.organizationId);
    return revocation(held, await this.store.grantsInOrganization(targetId, parties.chain.organizationId));
  }

  /** Removes the target from the organization: its organization role and every role inside it. */
  async removeMember(actorId: string, targetId: string, organizationId: string): Promise<GrantPlan> {
    return this.revoke(actorId, targetId, { level: 'ORGANIZATION', id: organizationId });
  }

  async createProject(actorId: string, organizationId: string): Promise<ProjectCreationPlan> {
    const actor = await this.requireAction(actorId, { level: 'ORGANIZATION', id: organizationId }, 'org.projects.create', 'Creating a project');
    const creatorRole: RoleKey = actor.kind === 'SERVICE_ACCOUNT' ? 'PROJECT_MEMBER' : 'PROJECT_ADMIN';
    return { organizationId, creatorId: actorId, creatorRole };
  }

  /**
   * Disabling a principal, or enabling it again, reaches every organization it belongs to, so the
   * actor must be Org Admin of each of them; disabling the last enabled Org Admin of one is refused.
   */
  async setDisabled(actorId: string, targetId: string, organizationIds: readonly string[], disabled: boolean): Promise<void> {
    const actor = await this.requireActor(actorId);
    const target = (await this.store.principals([targetId])).get(targetId);
    if (!target || organizationIds.length === 0) throw NotFoundError.of('principal', targetId);
    for (const organizationId of organizationIds) {
      const grants = countingGrants(await this.store.grantsAlongChain(actor.id, { organizationId }));
      if (!grants.some((g) => g.role === 'ORG_ADMIN')) throw refuse.orgAdminOfEveryOrganizationRequired(targetId);
    }
    if (target.disabled === disabled) {
      throw new ConflictError(`Principal ${targetId} is already ${disabled ? 'disabled' : 'enabled'}.`, { principalId: targetId });
    }
    if (!disabled) return;
    for (const organizationId of organizationIds) {
      const targetGrants = await this.store.grantsAlongChain(targetId, { organizationId });
      if (targetGrants.some((g) => g.role === 'ORG_ADMIN')) await this.requireAnotherOrgAdmin(target, organizationId);
    }
  }

  /** Creating an environment changes no grant: the project's roles already reach every environment in it. */
  async createEnvironment(actorId: string, projectId: string): Promise<void> {
    await this.requireAction(actorId, { level: 'PROJECT', id: projectId }, 'project.build.create-environment', 'Creating an environment');
  }

  private async requireAction(actorId: string, scope: ScopeRef, permissionKey: string, action: string): Promise<Principal> {
    await resolveScope(this.store, scope);
    const actor = await this.requireActor(actorId);
    const result = await this.engine.check({ principalId: actorId, permissionKey, access: 'WRITE', scope });
    if (!result.allowed) throw refuse.permissionRequired(action, requirePermission(permissionKey), scope);
    return actor;
  }

  private async parties(actorId: string, targetId: string, scope: ScopeRef): Promise<Parties> {
    const chain = await resolveScope(this.store, scope);
    const found = await this.store.principals([actorId, targetId]);
    const actor = found.get(actorId);
    if (!actor) throw NotFoundError.of('principal', actorId);
    if (actor.disabled) throw refuse.actorDisabled(actorId);
    const target = found.get(targetId);
    if (!target) throw NotFoundError.of('principal', targetId);
    const [actorGrants, targetGrants] = await Promise.all([
      this.store.grantsAlongChain(actorId, chain),
      this.store.grantsAlongChain(targetId, chain),
    ]);
    const targetGrant = targetGrants.find((g) => g.scope.level === scope.level);
    return { chain, actor, target, actorGrants: countingGrants(actorGrants), targetGrant, targetGrants };
  }

  private async requireActor(actorId: string): Promise<Principal> {
    const actor = (await this.store.principals([actorId])).get(actorId);
    if (!actor) throw NotFoundError.of('principal', actorId);
    if (actor.disabled) throw refuse.actorDisabled(actorId);
    return actor;
  }

  private isOrgAdmin(parties: Parties): boolean {
    return parties.actorGrants.some((g) => g.role === 'ORG_ADMIN');
  }

  private requireOrgAdmin(parties: Parties): void {
    if (!this.isOrgAdmin(parties)) throw refuse.onlyOrgAdmins(parties.chain.organizationId);
  }

  /**
   * The actor's authority over the roles involved (the new role, and the one it replaces or
   * removes): Org Admin anywhere in the organization; `project.settings.members` WRITE inside the
   * project; an Environment Admin only when every role involved is Environment Reader.
   */
  private async authorise(parties: Parties, scope: ScopeRef, roles: readonly RoleKey[]): Promise<void> {
    if (scope.level === 'ORGANIZATION') return this.requireOrgAdmin(parties);
    if (this.isOrgAdmin(parties) || (await this.holdsMembersWrite(parties))) return;
    const envAdmin = scope.level === 'ENVIRONMENT' && parties.actorGrants.some((g) => g.role === 'ENVIRONMENT_ADMIN' && g.scope.level === 'ENVIRONMENT');
    if (!envAdmin) throw refuse.membersPermissionRequired(parties.chain.projectId!);
    const other = roles.find((role) => role !== 'ENVIRONMENT_READER');
    if (other) throw refuse.environmentAdminAssignsOnlyReader(scope.id, other);
  }

  private async holdsMembersWrite(parties: Parties): Promise<boolean> {
    const project: ScopeRef = { level: 'PROJECT', id: parties.chain.projectId! };
    const result = await this.engine.check({ principalId: parties.actor.id, permissionKey: 'project.settings.members', access: 'WRITE', scope: project });
    return result.allowed;
  }

  /** Nobody but an Org Admin grants more than they hold: every mark of the role at the scope's level. */
  private async requireCanHold(parties: Parties, scope: ScopeRef, role: RoleKey): Promise<void> {
    if (this.isOrgAdmin(parties)) return;
    const held = new Map((await this.engine.effectivePermissions(parties.actor.id, scope)).permissions.map((p) => [p.key, p.access]));
    const missing = roleMarksAtLevel(role, scope.level)
      .filter((mark) => {
        const access = held.get(mark.permission.key);
        return !access || !accessSatisfies(access, mark.access);
      })
      .map((mark) => `${mark.permission.key} ${mark.access}`);
    if (missing.length > 0) throw refuse.cannotGrantRoleNotHeld(role, scope, missing);
  }

  /** Demoting or removing an enabled Org Admin needs another enabled one to remain. */
  private async requireAnotherOrgAdmin(target: Principal, organizationId: string): Promise<void> {
    if (target.disabled) return;
    const chain: ScopeChain = { organizationId };
    let afterPrincipalId: string | undefined;
    for (;;) {
      const page = await this.store.holders({ roles: ['ORG_ADMIN'], chain, afterPrincipalId, limit: 100 });
      const others = page.holders.map((h) => h.principalId).filter((id) => id !== target.id);
      const principals = await this.store.principals(others);
      if (others.some((id) => principals.get(id)?.disabled === false)) return;
      if (!page.hasMore) throw refuse.lastOrgAdmin(target.id, organizationId);
      afterPrincipalId = page.holders.at(-1)!.principalId;
    }
  }
}

function requireRoleAtScope(role: RoleKey, scope: ScopeRef): void {
  if (!isRoleKey(role)) throw new InvalidInputError(`Unknown role "${role}".`, { role });
  if (roleDefinition(role).level !== scope.level) throw refuse.roleLevelMismatch(role, scope);
}

function requireAllowedForKind(target: Principal, role: RoleKey): void {
  if (target.kind === 'SERVICE_ACCOUNT' && !roleDefinition(role).allowedForServiceAccounts) throw refuse.serviceAccountRole(target.id, role);
}

/** Order is fixed: organization membership, then a project role, then an environment role. */
function requirePrerequisites(parties: Parties, scope: ScopeRef, role: RoleKey): void {
  if (scope.level === 'ORGANIZATION') return;
  const { chain, target, targetGrants } = parties;
  if (!targetGrants.some((g) => g.scope.level === 'ORGANIZATION')) throw refuse.organizationMembershipRequired(target.id, chain.organizationId, role);
  if (scope.level === 'ENVIRONMENT' && !targetGrants.some((g) => g.scope.level === 'PROJECT')) {
    throw refuse.projectRoleRequired(target.id, chain.projectId!, role);
  }
}
