import type { GrantPlan } from '../authz/grant-plan.js';
import { NotFoundError } from '../domain/errors.js';
import type { RoleKey } from '../domain/role-tables.js';
import { scopeOfChain, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import type { AccessChange } from '../persistence/access-change.js';
import type { Principal } from '../persistence/entities/principal.entity.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { issueApiToken, type CreatedApiToken } from './issue-api-token.js';
import { requireEmail, requireId, requireName, requireRole, requireScope } from './input.js';
import type { ServiceContext, TransactionAuthz } from './service-context.js';

/** How long the first token of a user created by `addMember` works: long enough to hand it over, short enough to matter little if intercepted. */
export const INITIAL_TOKEN_LIFETIME_MS = 72 * 60 * 60 * 1000;

export interface AddedMember {
  readonly principal: Principal;
  /** Only when the user was created by this call: its first API token, to hand to the person once. */
  readonly initialToken?: CreatedApiToken;
}

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
   * known to Rolegate is created, with a first API token that expires after 72 hours (Rolegate has
   * no login of its own: the person uses it to create their own tokens); a known user keeps its
   * display name and its tokens, and gets none from the admin.
   */
  async addMember(organizationId: string, member: NewMember): Promise<ChangeResult<AddedMember>> {
    const orgId = requireId(organizationId, 'organizationId');
    const email = requireEmail(member.email);
    const displayName = requireName(member.displayName, 'displayName');
    const role = requireRole(member.role ?? 'ORG_MEMBER');
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: orgId });
    return this.run<AddedMember>(async (change, authz) => {
      const principals = new PrincipalRepository(change.em);
      const known = await principals.byEmail(email);
      const principal = known ?? (await principals.create({ kind: 'USER', displayName, email }));
      const plan = await authz.policy.addMember(this.ctx.viewer.principalId, principal.id, orgId, role);
      if (known) return { plan, value: { principal } };
      const expiresAt = new Date(change.occurredAt.getTime() + INITIAL_TOKEN_LIFETIME_MS);
      const initialToken = await issueApiToken(change, { principalId: principal.id, name: 'initial', expiresAt });
      return { plan, value: { principal, initialToken } };
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
