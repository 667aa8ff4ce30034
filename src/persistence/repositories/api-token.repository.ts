import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';
import type { PrincipalKind } from '../../domain/principal.js';
import { chunks } from '../chunks.js';
import { dateOf } from './column-values.js';
import { ApiToken } from '../entities/api-token.entity.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';
import { PreparedRead } from '../prepared-read.js';

/** What decides whether a stored token still authenticates (`auth/token-rules.ts` decides). */
export interface TokenStanding {
  readonly revokedAt: Date | null;
  readonly expiresAt: Date | null;
  readonly ownerDisabled: boolean;
  /** Whether the owner still belongs to at least one organization. */
  readonly ownerIsMember: boolean;
}

/** A token as authentication needs it: whose it is, whether it works, when it was last used. */
export interface TokenCredential {
  readonly id: string;
  readonly principalId: string;
  readonly principalKind: PrincipalKind;
  readonly standing: TokenStanding;
  readonly lastUsedAt: Date | null;
}

interface StandingRow {
  id: string;
  principal_id: string;
  kind: PrincipalKind;
  revoked_at: Date | number | string | null;
  expires_at: Date | number | string | null;
  last_used_at: Date | number | string | null;
  disabled: boolean | number;
  member: boolean | number;
}

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

  /**
   * The token with this hash with its owner's standing, revoked and expired ones included (the
   * caller decides what they mean), in one prepared statement without hydrating entities: every
   * request authenticates.
   */
  async credentialByHash(hash: string): Promise<TokenCredential | undefined> {
    const [row] = await credentialByHashRead.all(this.em, hash);
    return row && toCredential(row);
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
   * What decides whether each of these tokens still authenticates, read in one statement per
   * thousand tokens and without hydrating entities: open WebSocket connections are re-checked
   * this way every few hundred milliseconds. Tokens that no longer exist are absent.
   */
  async standings(ids: readonly string[]): Promise<Map<string, TokenStanding>> {
    const standings = new Map<string, TokenStanding>();
    for (const batch of chunks([...new Set(ids)])) {
      for (const row of await this.em.execute<StandingRow[]>(credentials(this.em.getKnex()).whereIn('t.id', batch))) standings.set(row.id, toCredential(row).standing);
    }
    return standings;
  }

  /**
   * Stamps a successful authentication: one UPDATE, no read, nothing else flushed, so every
   * request can afford it.
   */
  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(ApiToken, { id }, { lastUsedAt: at });
  }
}

/** Tokens joined with their owners and whether each owner belongs to an organization. */
function credentials(knex: Knex): Knex.QueryBuilder {
  const membership = knex('role_assignment as ra').select(knex.raw('1')).whereRaw('ra.principal_id = t.principal_id').andWhere('ra.scope_level', 'ORGANIZATION');
  return knex('api_token as t')
    .join('principal as p', 'p.id', 't.principal_id')
    .select('t.id', 't.principal_id', 'p.kind', 't.revoked_at', 't.expires_at', 't.last_used_at', 'p.disabled', knex.raw('exists ? as member', [membership]));
}

const credentialByHashRead = new PreparedRead<StandingRow>('credential_by_hash', 1, (knex, parameter) => credentials(knex).where('t.hash', parameter(0)));

function toCredential(row: StandingRow): TokenCredential {
  return {
    id: row.id,
    principalId: row.principal_id,
    principalKind: row.kind,
    lastUsedAt: dateOf(row.last_used_at),
    standing: { revokedAt: dateOf(row.revoked_at), expiresAt: dateOf(row.expires_at), ownerDisabled: Boolean(row.disabled), ownerIsMember: Boolean(row.member) },
  };
}
