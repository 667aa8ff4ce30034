import type { ScopeRef } from '../domain/scope.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import type { Membership } from '../persistence/repositories/role-assignment.repository.js';
import { requireScope } from './input.js';
import type { ServiceContext } from './service-context.js';

/** Who holds a role exactly at a scope (its members), for those who may see them. */
export class MemberService {
  constructor(private readonly ctx: ServiceContext) {}

  async members(scope: ScopeRef, page: PageRequest): Promise<Page<Membership>> {
    const at = requireScope(scope);
    await this.ctx.visibility.requireVisible(at);
    await this.ctx.visibility.requireMembersVisible((await this.ctx.store.scopeChain(at))!);
    return this.ctx.reads.membersAt(at, page);
  }
}
