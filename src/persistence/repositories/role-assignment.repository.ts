import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RoleKey } from '../../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../../domain/scope.js';
import { scopeOfChain } from '../../domain/scope.js';
import { RoleAssignment } from '../entities/role-assignment.entity.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';
import { conflictOnDuplicate } from './unique-violation.js';

export interface NewRoleAssignment {
  readonly principalId: string;
  /** The chain of the scope the role is held at. */
  readonly chain: ScopeChain;
  readonly role: RoleKey;
  readonly createdById: string | null;
}

export class RoleAssignmentRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** The members of a scope (the principals holding a role exactly there) with their roles, by principal id. */
  async atScope(scope: ScopeRef, page: PageRequest): Promise<Page<RoleAssignment>> {
    const rows = await this.em.find(
      RoleAssignment,
      { scopeLevel: scope.level, scopeId: scope.id, ...(page.after === undefined ? {} : { principal: { $gt: page.after } }) },
      { orderBy: { principal: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
  }

  /** The principal's role at exactly this scope, if any. */
  forPrincipalAt(principalId: string, scope: ScopeRef): Promise<RoleAssignment | null> {
    return this.em.findOne(RoleAssignment, { principal: principalId, scopeLevel: scope.level, scopeId: scope.id });
  }

  /**
   * The principal's assignments, by assignment id; within one organization when given (what a
   * membership removal cascades over).
   */
  async byPrincipal(principalId: string, page: PageRequest, organizationId?: string): Promise<Page<RoleAssignment>> {
    const rows = await this.em.find(
      RoleAssignment,
      {
        principal: principalId,
        ...(organizationId === undefined ? {} : { organization: organizationId }),
        ...(page.after === undefined ? {} : { id: { $gt: page.after } }),
      },
      { orderBy: { id: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
  }

  /** Records a role; a principal already holding one at that scope is a `ConflictError`. */
  async create(input: NewRoleAssignment): Promise<RoleAssignment> {
    const scope = scopeOfChain(input.chain);
    const assignment = this.em.create(RoleAssignment, {
      principal: input.principalId,
      scopeLevel: scope.level,
      scopeId: scope.id,
      organization: input.chain.organizationId,
      project: input.chain.projectId ?? null,
      environment: input.chain.environmentId ?? null,
      role: input.role,
      createdBy: input.createdById,
    });
    return conflictOnDuplicate(
      async () => {
        await this.em.persist(assignment).flush();
        return assignment;
      },
      'The principal already holds a role at this scope; change that role instead.',
      { principalId: input.principalId, scope },
    );
  }

  async changeRole(assignment: RoleAssignment, role: RoleKey): Promise<void> {
    assignment.role = role;
    await this.em.flush();
  }

  async remove(assignment: RoleAssignment): Promise<void> {
    await this.em.remove(assignment).flush();
  }
}
