import { generateApiToken } from '../auth/api-token-secret.js';
import type { AccessChange } from '../persistence/access-change.js';
import type { ApiToken } from '../persistence/entities/api-token.entity.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';

export interface CreatedApiToken {
  readonly apiToken: ApiToken;
  /** The secret, returned once and never stored. */
  readonly token: string;
}

export interface ApiTokenRequest {
  readonly principalId: string;
  readonly name: string;
  readonly expiresAt: Date | null;
}

/** Issues a personal API token inside an access change: only its hash is stored, and the change records it. */
export async function issueApiToken(change: AccessChange, request: ApiTokenRequest): Promise<CreatedApiToken> {
  const secret = generateApiToken();
  const apiToken = await new ApiTokenRepository(change.em).create({ ...request, displayPrefix: secret.displayPrefix, hash: secret.hash });
  change.record({ kind: 'TOKEN_CREATED', organizationId: null, principalId: request.principalId, tokenId: apiToken.id });
  return { apiToken, token: secret.token };
}
