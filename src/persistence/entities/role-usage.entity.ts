import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ROLE_KEYS, type RoleKey } from '../../domain/role-tables.js';

/**
 * When a role a principal holds at a scope last allowed something: stamped when an allowed
 * `check` names it in its provenance (the deploy tool asking "may this account deploy here?").
 * Keyed by role as well as scope, so a changed role starts with no use. Plain columns, not foreign
 * keys: usage is a statistic and must never block revoking a role.
 */
@Entity({ tableName: 'role_usage' })
export class RoleUsage {
  @PrimaryKey({ type: 'uuid' })
  principalId!: string;

  @PrimaryKey({ type: 'uuid' })
  scopeId!: string;

  @Enum({ items: [...ROLE_KEYS], type: 'string', primary: true })
  role!: RoleKey;

  @Property({ type: 'datetime' })
  lastUsedAt!: Date;
}
