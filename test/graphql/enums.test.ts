import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DenialReason } from '../../src/authz/check.js';
import { ENVIRONMENT_TIERS, type EnvironmentTier } from '../../src/domain/environment-tier.js';
import type { PrincipalKind } from '../../src/domain/principal.js';
import { ROLE_KEYS, type Access, type RoleKey, type RowSource } from '../../src/domain/role-tables.js';
import { SCOPE_LEVELS, type ScopeLevel } from '../../src/domain/scope.js';
import { DenialReasonEnum } from '../../src/graphql/types/check.type.js';
import { AccessEnum, EnvironmentTierEnum, PrincipalKindEnum, RoleEnum, RowSourceEnum, ScopeLevelEnum } from '../../src/graphql/types/enums.js';

/**
 * The API's enums are declared for type-graphql beside the domain's string unions, value for
 * value, so resolvers pass domain values through unmapped. These fail (at type-check, and at run
 * time where the domain lists its values) when one side changes without the other.
 */
describe('GraphQL enums mirror the domain', () => {
  it('has exactly the values of the domain unions', () => {
    expectTypeOf<`${RoleEnum}`>().toEqualTypeOf<RoleKey>();
    expectTypeOf<`${AccessEnum}`>().toEqualTypeOf<Access>();
    expectTypeOf<`${ScopeLevelEnum}`>().toEqualTypeOf<ScopeLevel>();
    expectTypeOf<`${PrincipalKindEnum}`>().toEqualTypeOf<PrincipalKind>();
    expectTypeOf<`${EnvironmentTierEnum}`>().toEqualTypeOf<EnvironmentTier>();
    expectTypeOf<`${RowSourceEnum}`>().toEqualTypeOf<RowSource>();
    expectTypeOf<`${DenialReasonEnum}`>().toEqualTypeOf<DenialReason>();
  });

  it('lists them in the domain order, which the schema shows', () => {
    expect(Object.values(RoleEnum)).toEqual(ROLE_KEYS);
    expect(Object.values(ScopeLevelEnum)).toEqual(SCOPE_LEVELS);
    expect(Object.values(EnvironmentTierEnum)).toEqual(ENVIRONMENT_TIERS);
  });
});
