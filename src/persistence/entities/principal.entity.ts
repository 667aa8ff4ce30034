import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../domain/ids.js';
import type { PrincipalKind } from '../../domain/principal.js';
import { Organization } from './organization.entity.js';

/**
 * A user or a service account.
 *
 * Users are global accounts: one person may belong to several organizations, and membership is
 * nothing but holding an organization-level role there (no separate membership table that could
 * disagree with the roles). API tokens belong to the principal, not to a membership.
 *
 * Only users have an email, stored lower-cased (enforced by a CHECK) and unique, which makes it
 * unique case-insensitively across all organizations. It is optional so that principals imported
 * from snapshots or SSO without one can exist; services decide when it is required.
 *
 * A service account belongs to exactly one organization (`organization`, with a description);
 * a user never has one. The CHECKs keep the two kinds from mixing their columns; only service
 * accounts are given a `contactEmail` (the service creating them sees to it).
 */
@Entity({ tableName: 'principal' })
@Check({ name: 'principal_email_lower_case_check', expression: 'email = lower(email)' })
@Check({
  name: 'principal_kind_columns_check',
  expression: "(kind = 'USER' and organization_id is null and description is null) or (kind = 'SERVICE_ACCOUNT' and organization_id is not null and email is null)",
})
@Index({ name: 'principal_organization_id_index', properties: ['organization'] })
export class Principal {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'email' | 'disabled' | 'organization' | 'description' | 'contactEmail' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Enum({ items: ['USER', 'SERVICE_ACCOUNT'], type: 'string' })
  kind!: PrincipalKind;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 320, nullable: true, unique: 'principal_email_unique' })
  email: string | null = null;

  /** A disabled principal holds no access and cannot authenticate; its grants stay for re-enabling. */
  @Property({ type: 'boolean' })
  disabled: boolean = false;

  /** The owning organization of a service account; null for users. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'no action' })
  organization: Organization | null = null;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /**
   * Who answers for a service account (lower-cased; a distribution list, ideally). Not `email`:
   * that is a user's unique login, and a shared mailbox may serve several accounts.
   */
  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
