import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { ApiToken } from '../persistence/entities/api-token.entity.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import { ApiTokenRepository } from '../persistence/repositories/api-token.repository.js';
import type { ChangeResult } from './change-result.js';
import { issueApiToken, type CreatedApiToken } from './issue-api-token.js';
import { requireFutureDate, requireId, requireName } from './input.js';
import type { ServiceContext } from './service-context.js';

/**
 * The caller's own personal API tokens. Everyone may manage their own (`org.user.api-tokens` is
 * granted by every organization role, and authentication already requires a membership); nobody
 * can see or revoke anyone else's: another principal's token is NOT_FOUND.
 */
export class ApiTokenService {
  constructor(private readonly ctx: ServiceContext) {}

  async create(name: string, expiresAt?: Date): Promise<ChangeResult<CreatedApiToken>> {
    const validName = requireName(name, 'name');
    if (this.ctx.viewer.kind === 'SERVICE_ACCOUNT') {
      throw new ForbiddenError('Service accounts do not hold personal API tokens: they authenticate with short-lived JWTs signed by their registered keys.');
    }
    const expiry = requireFutureDate(expiresAt, new Date(), 'expiresAt');
    const committed = await this.ctx.change((change) =>
      issueApiToken(change, { principalId: this.ctx.viewer.principalId, name: validName, expiresAt: expiry ?? null }),
    );
    return { revision: committed.revision!, changes: [], value: committed.result };
  }

  list(page: PageRequest): Promise<Page<ApiToken>> {
    return new ApiTokenRepository(this.ctx.em).ofPrincipal(this.ctx.viewer.principalId, page);
  }

  async revoke(id: string): Promise<ChangeResult<ApiToken>> {
    const tokenId = requireId(id, 'id');
    const committed = await this.ctx.change(async (change) => {
      const tokens = new ApiTokenRepository(change.em);
      const token = await tokens.byId(tokenId);
      if (!token || token.principal.id !== this.ctx.viewer.principalId) throw NotFoundError.of('API token', tokenId);
      const now = new Date();
      if (!(await tokens.revoke(tokenId, now))) throw new ConflictError('This API token is already revoked.', { id: tokenId });
      token.revokedAt = now;
      change.record({ kind: 'TOKEN_REVOKED', organizationId: null, principalId: this.ctx.viewer.principalId, tokenId });
      return token;
    });
    return { revision: committed.revision!, changes: [], value: committed.result };
  }
}
