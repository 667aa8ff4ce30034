import { Field, ID, ObjectType } from 'type-graphql';
import type { EffectivePermission, EffectivePermissions } from '../../authz/effective-permissions.js';
import { permissionDefinition } from '../../domain/role-tables.js';
import { AccessEnum } from './enums.js';
import { GrantProvenanceType } from './grant-provenance.type.js';
import { PermissionType } from './permission.type.js';
import { ScopeType } from './scope.type.js';

@ObjectType('EffectivePermission', { simpleResolvers: true })
export class EffectivePermissionType {
  @Field(() => String)
  key!: string;

  @Field(() => AccessEnum, { description: 'The strongest access held: WRITE wins over READ.' })
  access!: AccessEnum;

  @Field(() => PermissionType)
  permission!: PermissionType;

  @Field(() => [GrantProvenanceType], { description: 'Every grant that gives this permission (its provenance).' })
  grants!: GrantProvenanceType[];

  static from(permission: EffectivePermission): EffectivePermissionType {
    return Object.assign(new EffectivePermissionType(), {
      key: permission.key,
      access: permission.access as AccessEnum,
      permission: PermissionType.from(permissionDefinition(permission.key)!),
      grants: GrantProvenanceType.list(permission.grants),
    });
  }
}

@ObjectType('EffectivePermissions', { simpleResolvers: true, description: "The permissions of the scope's level a principal holds there." })
export class EffectivePermissionsType {
  @Field(() => ID)
  principalId!: string;

  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => [EffectivePermissionType])
  permissions!: EffectivePermissionType[];

  static from(result: EffectivePermissions): EffectivePermissionsType {
    return Object.assign(new EffectivePermissionsType(), {
      principalId: result.principalId,
      scope: ScopeType.from(result.scope),
      permissions: result.permissions.map((p) => EffectivePermissionType.from(p)),
    });
  }
}
