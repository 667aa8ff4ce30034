import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ScopeInput } from './scope.type.js';

@InputType('AccessChangeFilter', { description: 'Narrows accessChanged to one project, one environment or one principal (all given must match).' })
export class AccessChangeFilterInput {
  @Field(() => ID, { nullable: true, description: "Only events about this project or its environments." })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  environmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events about this principal.' })
  principalId?: string;
}

@ArgsType()
export class AccessChangedArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => AccessChangeFilterInput, { nullable: true })
  filter?: AccessChangeFilterInput;

  @Field(() => Int, {
    nullable: true,
    description: 'Replay the events of later revisions from the log first, then go live with no gap or duplicate. Omitted: only events from now on.',
  })
  afterRevision?: number;
}

@ArgsType()
export class EffectivePermissionsChangedArgs {
  @Field(() => ID)
  principalId!: string;

  @Field(() => ScopeInput)
  scope!: ScopeInput;
}
