import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { CheckResult, DenialReason } from '../../authz/check.js';
import { AccessEnum } from './enums.js';
import { GrantProvenanceType } from './grant-provenance.type.js';
import { ScopeInput, ScopeType } from './scope.type.js';

export enum DenialReasonEnum {
  PRINCIPAL_NOT_FOUND = 'PRINCIPAL_NOT_FOUND',
  PRINCIPAL_DISABLED = 'PRINCIPAL_DISABLED',
  NOT_ORGANIZATION_MEMBER = 'NOT_ORGANIZATION_MEMBER',
  NO_ROLE_IN_SCOPE = 'NO_ROLE_IN_SCOPE',
  ROLE_GRANTS_READ_ONLY = 'ROLE_GRANTS_READ_ONLY',
  ROLE_DOES_NOT_GRANT = 'ROLE_DOES_NOT_GRANT',
}

registerEnumType(DenialReasonEnum, { name: 'DenialReason', description: 'Why a check was refused.' });

const DENIAL_REASONS: Record<DenialReason, DenialReasonEnum> = DenialReasonEnum;

@InputType('CheckInput')
export class CheckInput {
  @Field(() => ID)
  principalId!: string;

  @Field(() => String)
  permissionKey!: string;

  @Field(() => AccessEnum)
  access!: AccessEnum;

  @Field(() => ScopeInput)
  scope!: ScopeInput;
}

@ObjectType('Denial', { simpleResolvers: true })
export class DenialType {
  @Field(() => DenialReasonEnum)
  reason!: DenialReasonEnum;

  @Field(() => String)
  message!: string;
}

@ObjectType('CheckResult', { simpleResolvers: true })
export class CheckResultType {
  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => ID)
  principalId!: string;

  @Field(() => String)
  permissionKey!: string;

  @Field(() => AccessEnum)
  access!: AccessEnum;

  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => [GrantProvenanceType], { description: 'The grants that allow it; empty when refused.' })
  grants!: GrantProvenanceType[];

  @Field(() => DenialType, { nullable: true, description: 'Why not, when refused.' })
  denial?: DenialType;

  static from(result: CheckResult): CheckResultType {
    const denial = result.denial
      ? Object.assign(new DenialType(), { reason: DENIAL_REASONS[result.denial.reason], message: result.denial.message })
      : undefined;
    return Object.assign(new CheckResultType(), {
      allowed: result.allowed,
      principalId: result.request.principalId,
      permissionKey: result.request.permissionKey,
      access: result.request.access as AccessEnum,
      scope: ScopeType.from(result.request.scope),
      grants: GrantProvenanceType.list(result.grants),
      denial,
    });
  }
}
