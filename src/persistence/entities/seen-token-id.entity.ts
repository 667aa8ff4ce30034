import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The `jti` of every service-account token accepted and not yet expired. The primary key makes
 * the second use of a `jti` fail, in every gateway sharing the database; rows are pruned once their
 * token has expired, since an expired token is refused anyway.
 */
@Entity({ tableName: 'seen_token_id' })
@Index({ name: 'seen_token_id_expires_at_index', properties: ['expiresAt'] })
export class SeenTokenId {
  @PrimaryKey({ type: 'uuid' })
  principalId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  jti!: string;

  /** The token's expiry plus the clock tolerance: until then the token could still be accepted. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
