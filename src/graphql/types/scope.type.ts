import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ScopeRef } from '../../domain/scope.js';
import { ScopeLevelEnum } from './enums.js';

@ObjectType('Scope', { simpleResolvers: true, description: 'An organization, a project or an environment.' })
export class ScopeType {
  @Field(() => ScopeLevelEnum)
  level!: ScopeLevelEnum;

  @Field(() => ID)
  id!: string;

  static from(scope: ScopeRef): ScopeType {
    return Object.assign(new ScopeType(), { level: scope.level as ScopeLevelEnum, id: scope.id });
  }
}

@InputType('ScopeInput')
export class ScopeInput {
  @Field(() => ScopeLevelEnum)
  level!: ScopeLevelEnum;

  @Field(() => ID)
  id!: string;
}
