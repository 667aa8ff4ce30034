import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../domain/ids.js';

/** A tenant. Everything but principals belongs to exactly one organization. */
@Entity({ tableName: 'organization' })
export class Organization {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
