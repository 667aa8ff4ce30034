import { Field, ID, ObjectType } from 'type-graphql';
import type { RoleAssignment } from '../../persistence/entities/role-assignment.entity.js';
import { Connection } from './connection.js';
import { RoleEnum } from './enums.js';
import { ScopeType } from './scope.type.js';

@ObjectType('Member', { description: 'A principal holding a role exactly at a scope.' })
export class MemberType {
  @Field(() => ID)
  principalId!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => Date)
  assignedAt!: Date;

  static from(assignment: RoleAssignment): MemberType {
    return Object.assign(new MemberType(), {
      principalId: assignment.principal.id,
      role: assignment.role as RoleEnum,
      scope: ScopeType.from({ level: assignment.scopeLevel, id: assignment.scopeId }),
      assignedAt: assignment.createdAt,
    });
  }
}

export const MemberConnection = Connection('Member', MemberType);
