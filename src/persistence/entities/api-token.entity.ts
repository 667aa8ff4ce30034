import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../domain/ids.js';
import { Principal } from './principal.entity.js';

/**
 * A personal API token. Only the SHA-256 of the token is stored (`src/auth/api-token-secret.ts`
 * explains why a fast hash is right for 256-bit tokens); the token itself is shown once and lost.
 * Authentication looks tokens up by that hash, hence its unique index.
 */
@Entity({ tableName: 'api_token' })
@Index({ name: 'api_token_principal_id_created_at_index', properties: ['principal', 'createdAt'] })
export class ApiToken {
  /** Properties with defaults, optional when creating. */
  [OptionalProps]?: 'id' | 'createdAt' | 'expiresAt' | 'revokedAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Principal })
  principal!: Principal;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The token's first characters, so owners can tell their tokens apart. Not a secret. */
  @Property({ type: 'string', length: 32 })
  displayPrefix!: string;

  /** Lower-case hex SHA-256 of the whole token. */
  @Property({ type: 'string', length: 64, unique: 'api_token_hash_unique' })
  hash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}
