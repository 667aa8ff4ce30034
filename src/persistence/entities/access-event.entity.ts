import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ROLE_KEYS, type RoleKey } from '../../domain/role-tables.js';
import { SCOPE_LEVELS, type ScopeLevel } from '../../domain/scope.js';
import { ACCESS_EVENT_KINDS, type AccessEventKind } from '../access-event-kind.js';

/**
 * The access event log (and the realtime outbox): append-only, one row per fact of a change.
 * Every change gets one gap-free revision (`access-change.ts`); its events are numbered
 * 0..n-1 by `sequence`, so (revision, sequence) is a total order that readers page through.
 *
 * Ids are plain columns, not foreign keys: the log outlives what it describes (a revoked token,
 * a deleted project) and must never block or cascade a deletion.
 */
@Entity({ tableName: 'access_event' })
// The log is read in (revision, sequence) order, an organization's whole or filtered to a project,
// an environment or a principal: an index per filter, ending in the position, lets a page seek to
// its cursor and stop after `first` rows (without the position, a page sorted every event of the
// organization, and a filtered one read all of them). Each filter's index holds the organization
// too, so it is the better match for every planner, SQLite's included, which keeps no statistics.
@Index({ name: 'access_event_organization_position_index', properties: ['organizationId', 'revision', 'sequence'] })
@Index({ name: 'access_event_organization_project_position_index', properties: ['organizationId', 'projectId', 'revision', 'sequence'] })
@Index({ name: 'access_event_organization_environment_position_index', properties: ['organizationId', 'environmentId', 'revision', 'sequence'] })
@Index({ name: 'access_event_organization_principal_position_index', properties: ['organizationId', 'principalId', 'revision', 'sequence'] })
export class AccessEvent {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'organizationId' | 'actorId' | 'principalId' | 'scopeLevel' | 'scopeId' | 'projectId' | 'environmentId' | 'oldRole' | 'newRole' | 'tokenId' | 'keyId' | 'cascade';

  @PrimaryKey({ type: new BigIntType('number') })
  revision!: number;

  @PrimaryKey({ type: 'integer' })
  sequence!: number;

  /** Null only for events outside any organization (a user's own API token). */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** Who made the change; null for the system (seeding, expiry). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Enum({ items: [...ACCESS_EVENT_KINDS], type: 'string' })
  kind!: AccessEventKind;

  /** The principal whose access changed (the member, the token owner, the disabled account). */
  @Property({ type: 'uuid', nullable: true })
  principalId: string | null = null;

  @Enum({ items: [...SCOPE_LEVELS], type: 'string', nullable: true })
  scopeLevel: ScopeLevel | null = null;

  @Property({ type: 'uuid', nullable: true })
  scopeId: string | null = null;

  /** Set for project and environment scopes, so feeds filter by project without joins. */
  @Property({ type: 'uuid', nullable: true })
  projectId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  environmentId: string | null = null;

  @Enum({ items: [...ROLE_KEYS], type: 'string', nullable: true })
  oldRole: RoleKey | null = null;

  @Enum({ items: [...ROLE_KEYS], type: 'string', nullable: true })
  newRole: RoleKey | null = null;

  @Property({ type: 'uuid', nullable: true })
  tokenId: string | null = null;

  /** The service-account key registered or removed. */
  @Property({ type: 'uuid', nullable: true })
  keyId: string | null = null;

  /** True when the event follows from another event of the same change (a removal's dependents). */
  @Property({ type: 'boolean' })
  cascade: boolean = false;

  /** Groups the events of one change; equal for every event of a revision. */
  @Property({ type: 'uuid' })
  changeId!: string;
}
