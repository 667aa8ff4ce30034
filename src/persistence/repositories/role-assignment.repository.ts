import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RoleKey } from '../../domain/role-tables.js';
import type { ScopeChain, ScopeLevel, ScopeRef } from '../../domain/scope.js';
import { scopeOfChain } from '../../domain/scope.js';
import { RoleAssignment } from '../entities/role-assignment.entity.js';
import { dateOf } from './column-values.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';
import { pagesByParent, type ChildListing } from './pages-by-parent.js';
import { conflictOnDuplicate } from './unique-violation.js';

export interface NewRoleAssignment {
  readonly principalId: string;
  /** The chain of the scope the role is held at. */
  readonly chain: ScopeChain;
  readonly role: RoleKey;
  readonly createdById: string | null;
}

/** A principal's role exactly at a scope, as a member listing shows it. */
export interface Membership {
  readonly principalId: string;
  readonly role: RoleKey;
  readonly scopeLevel: ScopeLevel;
  readonly scopeId: string;
  readonly assignedAt: Date;
}

interface MembershipRow {
  principal_id: string;
  role: RoleKey;
  scope_level: ScopeLevel;
  scope_id: string;
  created_at: Date | number | string;
}

/**
 * Member pages are read as plain rows, not entities: a dashboard lists dozens of members per
 * scope on every render, and hydrating each assignment with its references cost more than the
 * permission checks around it.
 */
function membershipOf(row: MembershipRow): Membership {
  return { principalId: row.principal_id, role: row.role, scopeLevel: row.scope_level, scopeId: row.scope_id, assignedAt: dateOf(row.created_at) };
}

const MEMBERSHIP_COLUMNS: readonly (keyof MembershipRow)[] = ['principal_id', 'role', 'scope_level', 'scope_id', 'created_at'];

export class RoleAssignmentRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /**
   * The members of each scope of one level (the principals holding a role exactly there) with
   * their roles, by principal id: the same page for every scope, keyed by scope id.
   */
  atScopes(level: ScopeLevel, scopeIds: readonly string[], page: PageRequest): Promise<Map<string, Page<Membership>>> {
    const members: ChildListing<Membership, MembershipRow> = {
      table: 'role_assignment',
      parentColumn: 'scope_id',
      keyColumn: 'principal_id',
      where: { scope_level: level },
      columns: MEMBERSHIP_COLUMNS,
      fromRow: (_em, row) => membershipOf(row),
      parentOf: (membership) => membership.scopeId,
    };
    return pagesByParent(this.em, members, scopeIds, page);
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

  /** The organizations the principal belongs to (holds an organization role in). */
  async organizationIdsOf(principalId: string): Promise<string[]> {
    const rows = await this.em.find(RoleAssignment, { principal: principalId, scopeLevel: 'ORGANIZATION' }, { fields: ['scopeId'], orderBy: { scopeId: 'asc' } });
    return rows.map((row) => row.scopeId);
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
