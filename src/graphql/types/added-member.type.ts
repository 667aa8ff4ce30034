import { Field, ObjectType } from 'type-graphql';
import type { AddedMember } from '../../services/role-service.js';
import { CreatedApiTokenType } from './api-token.type.js';
import { PrincipalType } from './principal.type.js';

@ObjectType('AddedMember', { simpleResolvers: true })
export class AddedMemberType {
  @Field(() => PrincipalType)
  principal!: PrincipalType;

  @Field(() => CreatedApiTokenType, {
    nullable: true,
    description:
      'Only when this call created the user: its first API token, valid for 72 hours, shown once. Hand it to the person; ' +
      'they create their own tokens with it. Null for a user Rolegate already knew.',
  })
  initialToken?: CreatedApiTokenType;

  static from(added: AddedMember): AddedMemberType {
    return Object.assign(new AddedMemberType(), {
      principal: PrincipalType.from(added.principal),
      initialToken: added.initialToken && CreatedApiTokenType.from(added.initialToken),
    });
  }
}
