import { Field, Int, ObjectType } from 'type-graphql';
import { permissionDefinition } from '../../domain/role-tables.js';
import type { AccessChange, EffectivePermissionsUpdate, PermissionDiff } from '../../realtime/permission-diff.js';
import { EffectivePermissionsType, EffectivePermissionType } from './effective-permissions.type.js';
import { AccessEnum } from './enums.js';
import { PermissionType } from './permission.type.js';

@ObjectType('PermissionAccessChange', { simpleResolvers: true, description: 'A permission still held, at another access.' })
export class PermissionAccessChangeType {
  @Field(() => String)
  key!: string;

  @Field(() => PermissionType)
  permission!: PermissionType;

  @Field(() => AccessEnum)
  before!: AccessEnum;

  @Field(() => AccessEnum)
  after!: AccessEnum;

  static from(change: AccessChange): PermissionAccessChangeType {
    return Object.assign(new PermissionAccessChangeType(), {
      key: change.key,
      permission: PermissionType.from(permissionDefinition(change.key)!),
      before: change.before as AccessEnum,
      after: change.after as AccessEnum,
    });
  }
}

@ObjectType('PermissionDiff', { simpleResolvers: true, description: 'How a set of effective permissions differs from the one sent before it (the first set: everything is added).' })
export class PermissionDiffType {
  @Field(() => [EffectivePermissionType], { description: 'Permissions now held that were not.' })
  added!: EffectivePermissionType[];

  @Field(() => [EffectivePermissionType], { description: 'Permissions no longer held, as they were held.' })
  removed!: EffectivePermissionType[];

  @Field(() => [PermissionAccessChangeType], { description: 'Permissions held before and after, at another access.' })
  changed!: PermissionAccessChangeType[];

  static from(diff: PermissionDiff): PermissionDiffType {
    return Object.assign(new PermissionDiffType(), {
      added: diff.added.map((p) => EffectivePermissionType.from(p)),
      removed: diff.removed.map((p) => EffectivePermissionType.from(p)),
      changed: diff.changed.map((c) => PermissionAccessChangeType.from(c)),
    });
  }
}

@ObjectType('EffectivePermissionsUpdate', { simpleResolvers: true, description: 'A set of effective permissions, as it is after a change, and how the change altered it.' })
export class EffectivePermissionsUpdateType {
  @Field(() => Int, { description: 'The latest revision this set accounts for (it may already reflect later ones).' })
  revision!: number;

  @Field(() => EffectivePermissionsType)
  effectivePermissions!: EffectivePermissionsType;

  @Field(() => PermissionDiffType)
  diff!: PermissionDiffType;

  static from(update: EffectivePermissionsUpdate): EffectivePermissionsUpdateType {
    return Object.assign(new EffectivePermissionsUpdateType(), {
      revision: update.revision,
      effectivePermissions: EffectivePermissionsType.from(update.effectivePermissions),
      diff: PermissionDiffType.from(update.diff),
    });
  }
}
