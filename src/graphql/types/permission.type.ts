import { Field, ObjectType } from 'type-graphql';
import type { PermissionDefinition } from '../../domain/role-tables.js';
import { RowSourceEnum, ScopeLevelEnum } from './enums.js';

@ObjectType('Permission', { simpleResolvers: true, description: 'A row of the role tables.' })
export class PermissionType {
  @Field(() => String, { description: 'Stable key, `level.group.name`.' })
  key!: string;

  @Field(() => ScopeLevelEnum)
  level!: ScopeLevelEnum;

  @Field(() => String)
  group!: string;

  @Field(() => String)
  title!: string;

  @Field(() => RowSourceEnum)
  source!: RowSourceEnum;

  static from(definition: PermissionDefinition): PermissionType {
    return Object.assign(new PermissionType(), {
      key: definition.key,
      level: definition.level as ScopeLevelEnum,
      group: definition.group,
      title: definition.title,
      source: definition.source as RowSourceEnum,
    });
  }
}
