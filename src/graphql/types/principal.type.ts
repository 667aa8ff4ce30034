import { Field, ID, ObjectType } from 'type-graphql';
import type { PrincipalProfile } from '../../persistence/repositories/principal.repository.js';
import { PrincipalKindEnum } from './enums.js';

@ObjectType('Principal', { simpleResolvers: true, description: 'A human user or a service account.' })
export class PrincipalType {
  @Field(() => ID)
  id!: string;

  @Field(() => PrincipalKindEnum)
  kind!: PrincipalKindEnum;

  @Field(() => Boolean, { description: 'True for service accounts (non-human principals).' })
  isServiceAccount!: boolean;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true, description: "A user's login email; null for service accounts." })
  email?: string;

  @Field(() => Boolean, { description: 'A disabled principal holds no access and cannot authenticate.' })
  disabled!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  static from(principal: PrincipalProfile): PrincipalType {
    return Object.assign(new PrincipalType(), {
      id: principal.id,
      kind: principal.kind as PrincipalKindEnum,
      isServiceAccount: principal.kind === 'SERVICE_ACCOUNT',
      displayName: principal.displayName,
      email: principal.email ?? undefined,
      disabled: principal.disabled,
      createdAt: principal.createdAt,
    });
  }
}
