import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../domain/ids.js';
import { Organization } from './organization.entity.js';
import { Principal } from './principal.entity.js';

@Entity({ tableName: 'project' })
@Index({ name: 'project_organization_id_id_index', properties: ['organization', 'id'] })
export class Project {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Null for projects created by the system (seeding, imports). */
  @ManyToOne({ entity: () => Principal, nullable: true })
  createdBy: Principal | null = null;
}
