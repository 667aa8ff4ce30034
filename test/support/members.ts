import { generateApiToken } from '../../src/auth/api-token-secret.js';
import { ApiTokenRepository } from '../../src/persistence/repositories/api-token.repository.js';
import { AddMemberDocument } from '../generated/graphql.js';
import type { TestGateway } from './gateway.js';

/**
 * Adds a user to the founder's organization through the API (Org Member unless a role is given)
 * and gives it an API token, issued the way `rolegate bootstrap` does (straight to the database).
 */
export async function addUserWithToken(t: TestGateway, email: string, role?: 'ORG_ADMIN' | 'ORG_CONTRIBUTOR' | 'ORG_MEMBER'): Promise<{ principalId: string; token: string }> {
  const added = await t.ok(AddMemberDocument, { organizationId: t.founder.organizationId, email, displayName: email.split('@')[0]!, role }, t.founder.token);
  const principalId = added.addMember.principal.id;
  const secret = generateApiToken();
  await new ApiTokenRepository(t.database.db.fork()).create({ principalId, name: 'test', displayPrefix: secret.displayPrefix, hash: secret.hash, expiresAt: null });
  return { principalId, token: secret.token };
}
