import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { JWK } from 'jose';
import { publicKeyPem } from '../../auth/public-key.js';
import type { Principal } from '../../persistence/entities/principal.entity.js';
import type { ServiceAccountKey } from '../../persistence/entities/service-account-key.entity.js';
import { Connection } from './connection.js';

export enum ServiceAccountKeyTypeEnum {
  RSA = 'RSA',
  ED25519 = 'ED25519',
}

registerEnumType(ServiceAccountKeyTypeEnum, { name: 'ServiceAccountKeyType', description: 'RSA (at least 2048 bits) or Ed25519.' });

@ObjectType('ServiceAccountKey', { simpleResolvers: true, description: "A public key a service account signs its tokens with. The private key never reaches Rolegate." })
export class ServiceAccountKeyType {
  @Field(() => ID, { description: 'May be used as the `kid` header of tokens signed with this key.' })
  id!: string;

  @Field(() => ID)
  serviceAccountId!: string;

  @Field(() => ServiceAccountKeyTypeEnum)
  keyType!: ServiceAccountKeyTypeEnum;

  @Field(() => Int, { description: 'The RSA modulus length, or 256 for Ed25519.' })
  bits!: number;

  @Field(() => String, {
    description: "SHA-256 JWK thumbprint (RFC 7638, base64url): the same for the key's PEM and JWK forms; may be used as the `kid` header.",
  })
  fingerprint!: string;

  @Field(() => String, { description: 'The public key as SPKI PEM.' })
  publicKey!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last successful authentication with this key, to the minute.' })
  lastUsedAt?: Date;

  static from(key: ServiceAccountKey): ServiceAccountKeyType {
    return Object.assign(new ServiceAccountKeyType(), {
      id: key.id,
      serviceAccountId: key.principal.id,
      keyType: key.keyType as ServiceAccountKeyTypeEnum,
      bits: key.bits,
      fingerprint: key.fingerprint,
      publicKey: publicKeyPem(JSON.parse(key.publicKeyJwk) as JWK),
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt ?? undefined,
    });
  }
}

@ObjectType('ServiceAccount', { simpleResolvers: true, description: 'A non-human principal for deployments, refreshes, schedules and CI/CD. It authenticates with key pairs only.' })
export class ServiceAccountType {
  @Field(() => ID, { description: 'Its principal id: the `iss` and `sub` of its tokens.' })
  id!: string;

  @Field(() => ID, { description: 'The organization that owns it.' })
  organizationId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Who answers for the account: a distribution list, ideally.' })
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Boolean, { description: 'A disabled account holds no access and cannot authenticate.' })
  disabled!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  static from(account: Principal): ServiceAccountType {
    return Object.assign(new ServiceAccountType(), {
      id: account.id,
      organizationId: account.organization!.id,
      displayName: account.displayName,
      contactEmail: account.contactEmail ?? undefined,
      description: account.description ?? undefined,
      disabled: account.disabled,
      createdAt: account.createdAt,
    });
  }
}

export const ServiceAccountConnection = Connection('ServiceAccount', ServiceAccountType);
