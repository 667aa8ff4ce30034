import { Field, ObjectType } from 'type-graphql';
import type { GrantProvenance } from '../../authz/effective-permissions.js';
import { AccessEnum, RoleEnum } from './enums.js';
import { ScopeType } from './scope.type.js';

@ObjectType('GrantProvenance', { simpleResolvers: true, description: 'A role held at a scope, and the access it gives on one permission.' })
export class GrantProvenanceType {
  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => ScopeType, { description: 'Where the role is held (the permission may be evaluated at a scope inside it).' })
  scope!: ScopeType;

  @Field(() => AccessEnum)
  access!: AccessEnum;

  static from(grant: GrantProvenance): GrantProvenanceType {
    return Object.assign(new GrantProvenanceType(), {
      role: grant.role as RoleEnum,
      scope: ScopeType.from(grant.scope),
      access: grant.access as AccessEnum,
    });
  }

  static list(grants: readonly GrantProvenance[]): GrantProvenanceType[] {
    return grants.map((g) => GrantProvenanceType.from(g));
  }
}
