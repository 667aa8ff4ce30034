import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../domain/ids.js';
import { SERVICE_ACCOUNT_KEY_TYPES, type ServiceAccountKeyType } from '../../domain/service-account-keys.js';
import { Principal } from './principal.entity.js';

/**
 * A public key a service account signs its tokens with. Only public keys are ever stored; the
 * account keeps its private key. `fingerprint` is the key's RFC 7638 JWK thumbprint (SHA-256,
 * base64url), which tokens may name in their `kid` header.
 */
@Entity({ tableName: 'service_account_key' })
@Unique({ name: 'service_account_key_principal_fingerprint_unique', properties: ['principal', 'fingerprint'] })
export class ServiceAccountKey {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'createdAt' | 'createdBy' | 'lastUsedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Principal })
  principal!: Principal;

  @Enum({ items: [...SERVICE_ACCOUNT_KEY_TYPES], type: 'string' })
  keyType!: ServiceAccountKeyType;

  /** The RSA modulus length, or 256 for Ed25519. */
  @Property({ type: 'integer' })
  bits!: number;

  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  /** The public key as a JWK (JSON text): what verification imports. */
  @Property({ type: 'text' })
  publicKeyJwk!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @ManyToOne({ entity: () => Principal, nullable: true })
  createdBy: Principal | null = null;

  /** Last successful authentication with this key, to the minute. */
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}
