import { NotFoundError } from '../domain/errors.js';
import type { Principal } from '../persistence/entities/principal.entity.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import type { ServiceContext } from './service-context.js';

/**
 * The service account with this id, if the caller may see its details: the account itself, or
 * whoever sees the members of its organization (Org Admins). Anyone else, and any id that is not a
 * service account's, gets NOT_FOUND.
 */
export async function visibleServiceAccount(ctx: ServiceContext, accountId: string): Promise<Principal> {
  const [account] = await new PrincipalRepository(ctx.em).byIds([accountId]);
  if (!account || account.kind !== 'SERVICE_ACCOUNT' || !account.organization) throw NotFoundError.of('service account', accountId);
  if (account.id === ctx.viewer.principalId) return account;
  const organization = { level: 'ORGANIZATION', id: account.organization.id } as const;
  if (!(await ctx.visibility.canSee(organization)) || !(await ctx.visibility.canSeeMembers({ organizationId: organization.id }))) {
    throw NotFoundError.of('service account', accountId);
  }
  return account;
}

/** A service account the caller may manage (its keys): Org Admins of its organization; FORBIDDEN for anyone else who sees it. */
export async function manageableServiceAccount(ctx: ServiceContext, accountId: string): Promise<Principal> {
  const account = await visibleServiceAccount(ctx, accountId);
  await ctx.visibility.requirePermission('org.settings.users', 'WRITE', { level: 'ORGANIZATION', id: account.organization!.id });
  return account;
}
