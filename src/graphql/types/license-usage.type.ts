import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { LicensedPrincipal, LicenseUsage } from '../../authz/license-usage.js';
import { PrincipalKindEnum, RoleEnum } from './enums.js';

@ObjectType('LicensedPrincipal', { simpleResolvers: true })
export class LicensedPrincipalType {
  @Field(() => ID)
  principalId!: string;

  @Field(() => PrincipalKindEnum)
  kind!: PrincipalKindEnum;

  @Field(() => [RoleEnum], { description: 'For a seat, the seat-using roles held; for a read-only member, every role held.' })
  roles!: RoleEnum[];

  static from(principal: LicensedPrincipal): LicensedPrincipalType {
    return Object.assign(new LicensedPrincipalType(), {
      principalId: principal.principalId,
      kind: principal.kind as PrincipalKindEnum,
      roles: principal.roles as RoleEnum[],
    });
  }
}

@ObjectType('LicenseUsage', {
  simpleResolvers: true,
  description: 'A principal uses a seat when it holds Org Admin, Project Admin, Project Architect or Project Contributor anywhere in the organization.',
})
export class LicenseUsageType {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  seatCount!: number;

  @Field(() => Int)
  readOnlyCount!: number;

  @Field(() => [LicensedPrincipalType])
  seats!: LicensedPrincipalType[];

  @Field(() => [LicensedPrincipalType])
  readOnly!: LicensedPrincipalType[];

  static from(usage: LicenseUsage): LicenseUsageType {
    return Object.assign(new LicenseUsageType(), {
      organizationId: usage.organizationId,
      seatCount: usage.seatCount,
      readOnlyCount: usage.readOnlyCount,
      seats: usage.seats.map((p) => LicensedPrincipalType.from(p)),
      readOnly: usage.readOnly.map((p) => LicensedPrincipalType.from(p)),
    });
  }
}
