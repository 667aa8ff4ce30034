import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GrantChange } from '../../authz/grant-plan.js';
import type { ChangeResult } from '../../services/change-result.js';
import { RoleEnum } from './enums.js';
import { ScopeType } from './scope.type.js';

export enum GrantChangeKindEnum {
  ASSIGN = 'ASSIGN',
  CHANGE = 'CHANGE',
  REVOKE = 'REVOKE',
}

registerEnumType(GrantChangeKindEnum, { name: 'GrantChangeKind' });

@ObjectType('GrantChange', { simpleResolvers: true, description: "One change to one principal's role at one scope." })
export class GrantChangeType {
  @Field(() => GrantChangeKindEnum)
  kind!: GrantChangeKindEnum;

  @Field(() => ID)
  principalId!: string;

  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => RoleEnum, { nullable: true })
  oldRole?: RoleEnum;

  @Field(() => RoleEnum, { nullable: true })
  newRole?: RoleEnum;

  @Field(() => Boolean, { description: 'True when the change only follows from another (a removal cascading to dependent roles).' })
  cascade!: boolean;

  static from(change: GrantChange): GrantChangeType {
    return Object.assign(new GrantChangeType(), {
      kind: change.kind as GrantChangeKindEnum,
      principalId: change.principalId,
      scope: ScopeType.from(change.scope),
      oldRole: change.oldRole as RoleEnum | undefined,
      newRole: change.newRole as RoleEnum | undefined,
      cascade: change.cascade,
    });
  }
}

@ObjectType('AccessChangePayload', { simpleResolvers: true, description: 'What a mutation changed, and the revision it committed as.' })
export class AccessChangePayload {
  @Field(() => Int, { description: 'Pass as atLeastRevision to read this change through any gateway.' })
  revision!: number;

  @Field(() => [GrantChangeType])
  changes!: GrantChangeType[];

  static from(result: ChangeResult<unknown>): AccessChangePayload {
    return Object.assign(new AccessChangePayload(), { revision: result.revision, changes: result.changes.map((c) => GrantChangeType.from(c)) });
  }
}

export interface PayloadShape<TValue> {
  revision: number;
  changes: GrantChangeType[];
  value: TValue;
}

/**
 * A mutation payload named `<name>Payload`: what was made or changed under `field`, plus the
 * grant changes and the revision like every mutation.
 */
export function Payload<TValue extends object>(name: string, field: string, Value: new () => TValue): new () => PayloadShape<TValue> {
  @ObjectType(`${name}Payload`)
  class PayloadType {
    @Field(() => Int)
    revision!: number;

    @Field(() => [GrantChangeType])
    changes!: GrantChangeType[];

    @Field(() => Value, { name: field })
    value!: TValue;
  }
  return PayloadType;
}

export function payloadOf<TRow, TValue>(result: ChangeResult<TRow>, toValue: (row: TRow) => TValue): PayloadShape<TValue> {
  return { revision: result.revision, changes: result.changes.map((c) => GrantChangeType.from(c)), value: toValue(result.value) };
}
