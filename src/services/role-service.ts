import type { GrantPlan } from '../authz/grant-plan.js';
import { NotFoundError } from '../domain/errors.js';
import type { RoleKey } from '../domain/role-tables.js';
import { scopeOfChain, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import type { AccessChange } from '../persistence/access-change.js';
import type { Principal } from '../persistence/entities/principal.entity.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { requireEmail, requireId, requireName, requireRole, requireScope } from './input.js';
import type { ServiceContext, TransactionAuthz } from './service-context.js';

export interface NewMember {
  readonly email: string;
  readonly displayName: string;
  readonly role?: string;
}

/**
 * Membership and roles: every change is authorised and planned by the grant policy, applied with
 * its cascade and events in one transaction. A scope or principal the caller cannot see is
 * NOT_FOUND before the policy is asked, so refusals never reveal another tenant's data.
 */
export class RoleService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Adds a user to an organization, by email (Org Member unless a role is given). A user not yet
   * known to Rolegate is created; a known one keeps its display name.
   */
  async addMember(organizationId: string, member: NewMember): Promise<ChangeResult<Principal>> {
    const orgId = requireId(organizationId, 'organizationId');
    const email = requireEmail(member.email);
    const displayName = requireName(member.displayName, 'displayName');
    const role = requireRole(member.role ?? 'ORG_MEMBER');
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: orgId });
    return this.run(async (change, authz) => {
      const principals = new PrincipalRepository(change.em);
      const principal = (await principals.byEmail(email)) ?? (await principals.create({ kind: 'USER', displayName, email }));
      const plan = await authz.policy.addMember(this.ctx.viewer.principalId, principal.id, orgId, role);
      return { plan, value: principal };
    });
  }

  /** Assigns a role at a scope, or changes the role held there (an organization role included). */
  async assign(principalId: string, scope: ScopeRef, role: string): Promise<ChangeResult> {
    const target = requireId(principalId, 'principalId');
    const at = requireScope(scope);
    const validRole: RoleKey = requireRole(role);
    const chain = await this.requireTargetVisible(target, at);
    return this.run(async (_change, authz) => ({
      plan: await authz.policy.assign(this.ctx.viewer.principalId, target, scopeOfChain(chain), validRole),
      value: undefined,
    }));
  }

  /** Revokes the role held at a scope, with every role that depended on it. */
  async revoke(principalId: string, scope: ScopeRef): Promise<ChangeResult> {
    const target = requireId(principalId, 'principalId');
    const chain = await this.requireTargetVisible(target, requireScope(scope));
    return this.run(async (_change, authz) => ({
      plan: await authz.policy.revoke(this.ctx.viewer.principalId, target, scopeOfChain(chain)),
      value: undefined,
    }));
  }

  /** Removes a member from an organization: its organization role and every role inside it. */
  removeMember(organizationId: string, principalId: string): Promise<ChangeResult> {
    return this.revoke(principalId, { level: 'ORGANIZATION', id: requireId(organizationId, 'organizationId') });
  }

  /** The scope must be visible, and the target a member of its organization; otherwise NOT_FOUND. */
  private async requireTargetVisible(principalId: string, scope: ScopeRef): Promise<ScopeChain> {
    await this.ctx.visibility.requireVisible(scope);
    const chain = (await this.ctx.store.scopeChain(scope))!;
    const membership = await this.ctx.store.grantsAlongChain(principalId, { organizationId: chain.organizationId });
    if (membership.length === 0) throw NotFoundError.of('principal', principalId);
    return chain;
  }

  private async run<T>(body: (change: AccessChange, authz: TransactionAuthz) => Promise<{ plan: GrantPlan; value: T }>): Promise<ChangeResult<T>> {
    const committed = await this.ctx.change(async (change, authz) => {
      const { plan, value } = await body(change, authz);
      await applyGrantPlan(change, authz.store, plan);
      return { plan, value };
    });
    return { revision: committed.revision!, changes: committed.result.plan.changes, value: committed.result.value };
  }
}
