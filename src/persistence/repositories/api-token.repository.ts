import type { SqlEntityManager } from '@mikro-orm/knex';
import { ApiToken } from '../entities/api-token.entity.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';

export interface NewApiToken {
  readonly principalId: string;
  readonly name: string;
  readonly displayPrefix: string;
  /** SHA-256 of the token (`hashApiToken`); the token itself is never stored. */
  readonly hash: string;
  readonly expiresAt: Date | null;
}

export class ApiTokenRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async create(input: NewApiToken): Promise<ApiToken> {
    const token = this.em.create(ApiToken, {
      principal: input.principalId,
      name: input.name,
      displayPrefix: input.displayPrefix,
      hash: input.hash,
      expiresAt: input.expiresAt,
    });
    await this.em.persist(token).flush();
    return token;
  }

  /** The token with this hash, revoked and expired ones included: the caller decides what they mean. */
  byHash(hash: string): Promise<ApiToken | null> {
    return this.em.findOne(ApiToken, { hash });
  }

  byId(id: string): Promise<ApiToken | null> {
    return this.em.findOne(ApiToken, { id });
  }

  /** The principal's own tokens by id. */
  async ofPrincipal(principalId: string, page: PageRequest): Promise<Page<ApiToken>> {
    const rows = await this.em.find(
      ApiToken,
      { principal: principalId, ...(page.after === undefined ? {} : { id: { $gt: page.after } }) },
      { orderBy: { id: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
  }

  /** Revokes the token unless it already is; returns whether this call revoked it. One UPDATE. */
  async revoke(id: string, at: Date): Promise<boolean> {
    return (await this.em.nativeUpdate(ApiToken, { id, revokedAt: null }, { revokedAt: at })) > 0;
  }

  /**
   * Stamps a successful authentication: one UPDATE, no read, nothing else flushed, so every
   * request can afford it.
   */
  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(ApiToken, { id }, { lastUsedAt: at });
  }
}
