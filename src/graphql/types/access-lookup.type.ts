import { Field, ID, ObjectType } from 'type-graphql';
import type { ScopeAccess } from '../../authz/accessible-scopes.js';
import type { PrincipalAccess } from '../../authz/who-can.js';
import { Connection } from './connection.js';
import { AccessEnum } from './enums.js';
import { GrantProvenanceType } from './grant-provenance.type.js';
import { ScopeType } from './scope.type.js';

@ObjectType('PrincipalAccess', { simpleResolvers: true, description: 'A principal holding a permission (whoCan), with the grants that give it.' })
export class PrincipalAccessType {
  @Field(() => ID)
  principalId!: string;

  @Field(() => AccessEnum)
  access!: AccessEnum;

  @Field(() => [GrantProvenanceType])
  grants!: GrantProvenanceType[];

  static from(item: PrincipalAccess): PrincipalAccessType {
    return Object.assign(new PrincipalAccessType(), {
      principalId: item.principalId,
      access: item.access as AccessEnum,
      grants: GrantProvenanceType.list(item.grants),
    });
  }
}

@ObjectType('ScopeAccess', { simpleResolvers: true, description: 'A scope where a principal holds a permission (accessibleScopes).' })
export class ScopeAccessType {
  @Field(() => ScopeType)
  scope!: ScopeType;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => AccessEnum)
  access!: AccessEnum;

  @Field(() => [GrantProvenanceType])
  grants!: GrantProvenanceType[];

  static from(item: ScopeAccess): ScopeAccessType {
    return Object.assign(new ScopeAccessType(), {
      scope: ScopeType.from(item.scope),
      organizationId: item.chain.organizationId,
      projectId: item.chain.projectId,
      access: item.access as AccessEnum,
      grants: GrantProvenanceType.list(item.grants),
    });
  }
}

export const PrincipalAccessConnection = Connection('PrincipalAccess', PrincipalAccessType);
export const ScopeAccessConnection = Connection('ScopeAccess', ScopeAccessType);
