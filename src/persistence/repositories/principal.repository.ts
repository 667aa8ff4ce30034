import type { SqlEntityManager } from '@mikro-orm/knex';
import { Principal } from '../entities/principal.entity.js';
import type { PrincipalKind } from '../../domain/principal.js';
import { chunks } from '../chunks.js';
import { findByIds } from './by-ids.js';
import { dateOf } from './column-values.js';
import { fetchLimit, toPage, type Page, type PageRequest } from './page.js';
import { conflictOnDuplicate } from './unique-violation.js';

export type NewPrincipal =
  | { readonly kind: 'USER'; readonly displayName: string; readonly email: string | null; readonly id?: string }
  | {
      readonly kind: 'SERVICE_ACCOUNT';
      readonly displayName: string;
      readonly organizationId: string;
      readonly description: string | null;
      readonly contactEmail?: string | null;
      readonly id?: string;
    };

/** A principal as the API shows it; the entity has these fields too. */
export interface PrincipalProfile {
  readonly id: string;
  readonly kind: PrincipalKind;
  readonly displayName: string;
  readonly email: string | null;
  readonly disabled: boolean;
  readonly createdAt: Date;
}

interface ProfileRow {
  id: string;
  kind: PrincipalKind;
  display_name: string;
  email: string | null;
  disabled: boolean | number;
  created_at: Date | number | string;
}

/** Emails are compared and stored lower-cased; the schema refuses any other form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class PrincipalRepository {
  constructor(private readonly em: SqlEntityManager) {}

  byIds(ids: readonly string[]): Promise<Principal[]> {
    return findByIds(this.em, Principal, ids);
  }

  /**
   * The profiles of the principals with these ids, as plain rows in one statement per thousand:
   * what a request's loader reads for every member a listing shows, without hydrating entities.
   */
  async profilesByIds(ids: readonly string[]): Promise<PrincipalProfile[]> {
    const profiles: PrincipalProfile[] = [];
    for (const batch of chunks([...new Set(ids)])) {
      const query = this.em.getKnex()('principal').select('id', 'kind', 'display_name', 'email', 'disabled', 'created_at').whereIn('id', batch);
      for (const row of await this.em.execute<ProfileRow[]>(query)) {
        profiles.push({ id: row.id, kind: row.kind, displayName: row.display_name, email: row.email, disabled: Boolean(row.disabled), createdAt: dateOf(row.created_at) });
      }
    }
    return profiles;
  }

  /** The user with this email, compared case-insensitively. */
  byEmail(email: string): Promise<Principal | null> {
    return this.em.findOne(Principal, { email: normalizeEmail(email) });
  }

  /** The service accounts an organization owns (members or not), by id. */
  async serviceAccountsOf(organizationId: string, page: PageRequest): Promise<Page<Principal>> {
    const rows = await this.em.find(
      Principal,
      { kind: 'SERVICE_ACCOUNT', organization: organizationId, ...(page.after === undefined ? {} : { id: { $gt: page.after } }) },
      { orderBy: { id: 'asc' }, limit: fetchLimit(page) },
    );
    return toPage(rows, page);
  }

  /** Creates a principal; a user whose email is taken (in any letter case) is a `ConflictError`. */
  async create(input: NewPrincipal): Promise<Principal> {
    const id = input.id === undefined ? {} : { id: input.id };
    const principal =
      input.kind === 'USER'
        ? this.em.create(Principal, { ...id, kind: 'USER', displayName: input.displayName, email: input.email === null ? null : normalizeEmail(input.email) })
        : this.em.create(Principal, {
            ...id,
            kind: 'SERVICE_ACCOUNT',
            displayName: input.displayName,
            organization: input.organizationId,
            description: input.description,
            contactEmail: input.contactEmail ? normalizeEmail(input.contactEmail) : null,
          });
    return conflictOnDuplicate(
      async () => {
        await this.em.persist(principal).flush();
        return principal;
      },
      'A user with this email already exists.',
      { field: 'email' },
    );
  }

  async setDisabled(principal: Principal, disabled: boolean): Promise<void> {
    principal.disabled = disabled;
    await this.em.flush();
  }
}
