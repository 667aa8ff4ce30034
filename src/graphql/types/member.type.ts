import { Field, ID, ObjectType } from 'type-graphql';
import type { Membership } from '../../persistence/repositories/role-assignment.repository.js';
import { Connection } from './connection.js';
import { RoleEnum } from './enums.js';
import { ScopeType } from './scope.type.js';

@ObjectType('Member', { simpleResolvers: true, description: 'A principal holding a role exactly at a scope.' })
export class MemberType {
  @Field(() => ID)
  principalId!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => Date)
  assignedAt!: Date;

  static from(membership: Membership): MemberType {
    return Object.assign(new MemberType(), {
      principalId: membership.principalId,
      role: membership.role as RoleEnum,
      scope: ScopeType.from({ level: membership.scopeLevel, id: membership.scopeId }),
      assignedAt: membership.assignedAt,
    });
  }
}

export const MemberConnection = Connection('Member', MemberType);
