import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConflictError } from '../domain/errors.js';
import { runAccessChange } from '../persistence/access-change.js';
import { DatabaseGrantStore } from '../persistence/database-grant-store.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { requireEmail, requireName } from './input.js';
import { issueApiToken } from './issue-api-token.js';
import { foundOrganization } from './organization-service.js';

export interface BootstrapInput {
  readonly organizationName: string;
  readonly adminEmail: string;
  readonly adminName: string;
}

export interface BootstrapResult {
  readonly organizationId: string;
  readonly adminId: string;
  /** The admin's first API token, shown once. */
  readonly token: string;
  readonly revision: number;
}

/**
 * `rolegate bootstrap`: the first organization, its Org Admin and that admin's API token, in one
 * change made by the system (no actor). It runs from the command line of someone with access to
 * the database, so it is not subject to the grant policy; an email that already belongs to a user
 * is refused rather than silently given an organization.
 */
export async function bootstrapOrganization(em: SqlEntityManager, input: BootstrapInput): Promise<BootstrapResult> {
  const organizationName = requireName(input.organizationName, '--org');
  const adminEmail = requireEmail(input.adminEmail, '--admin-email');
  const adminName = requireName(input.adminName, '--admin-name');
  const committed = await runAccessChange(em, null, async (change) => {
    const principals = new PrincipalRepository(change.em);
    if (await principals.byEmail(adminEmail)) throw new ConflictError(`A user with email ${adminEmail} already exists.`);
    const admin = await principals.create({ kind: 'USER', displayName: adminName, email: adminEmail });
    const { organization } = await foundOrganization(change, new DatabaseGrantStore(change.em), organizationName, admin.id);
    const { token } = await issueApiToken(change, { principalId: admin.id, name: 'bootstrap', expiresAt: null });
    return { organizationId: organization.id, adminId: admin.id, token };
  });
  return { ...committed.result, revision: committed.revision! };
}
