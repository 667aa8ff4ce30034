import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ENVIRONMENT_TIERS, type EnvironmentTier } from '../../domain/environment-tier.js';
import { newId } from '../../domain/ids.js';
import { Project } from './project.entity.js';

@Entity({ tableName: 'environment' })
@Index({ name: 'environment_project_id_id_index', properties: ['project', 'id'] })
export class Environment {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Project })
  project!: Project;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: [...ENVIRONMENT_TIERS], type: 'string' })
  tier!: EnvironmentTier;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
