import type { GrantChange, GrantPlan } from '../authz/grant-plan.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { PrincipalRepository } from '../persistence/repositories/principal.repository.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { requireId } from './input.js';
import type { ServiceContext, TransactionAuthz } from './service-context.js';

/**
 * The least-privilege set a service account needs to deploy to one environment, given in one step:
 * Org Member (if it is not a member), Project Member on the environment's project (if it holds no
 * role there) and Environment Admin on the environment. Each grant is authorised by the grant
 * policy exactly as if it were asked for alone, and all of them commit as one change, one revision.
 */
export class DeployAccessService {
  constructor(private readonly ctx: ServiceContext) {}

  async grant(serviceAccountId: string, environmentId: string): Promise<ChangeResult> {
    const accountId = requireId(serviceAccountId, 'serviceAccountId');
    const environment: ScopeRef = { level: 'ENVIRONMENT', id: requireId(environmentId, 'environmentId') };
    await this.ctx.visibility.requireVisible(environment);
    const chain = (await this.ctx.store.scopeChain(environment))!;
    await this.requireAccountOf(accountId, chain.organizationId);
    const committed = await this.ctx.change(async (change, authz) => {
      const changes: GrantChange[] = [];
      const apply = async (plan: GrantPlan) => {
        await applyGrantPlan(change, authz.store, plan);
        changes.push(...plan.changes);
      };
      for (const step of await this.missingSteps(authz, accountId, chain)) await apply(await step(authz));
      if (changes.length === 0) {
        throw new ConflictError(`Service account ${accountId} can already deploy to environment ${environment.id}: it holds Environment Admin there.`, {
          serviceAccountId: accountId,
          environmentId: environment.id,
        });
      }
      return changes;
    });
    return { revision: committed.revision!, changes: committed.result, value: undefined };
  }

  /** The grants still missing, in prerequisite order; each is planned only after the previous one is written. */
  private async missingSteps(authz: TransactionAuthz, accountId: string, chain: ScopeChain): Promise<Step[]> {
    const actorId = this.ctx.viewer.principalId;
    const held = await authz.store.grantsAlongChain(accountId, chain);
    const at = (level: ScopeRef['level']) => held.find((g) => g.scope.level === level);
    const steps: Step[] = [];
    if (!at('ORGANIZATION')) steps.push((a) => a.policy.addMember(actorId, accountId, chain.organizationId, 'ORG_MEMBER'));
    if (!at('PROJECT')) steps.push((a) => a.policy.assign(actorId, accountId, { level: 'PROJECT', id: chain.projectId! }, 'PROJECT_MEMBER'));
    if (at('ENVIRONMENT')?.role !== 'ENVIRONMENT_ADMIN') {
      steps.push((a) => a.policy.assign(actorId, accountId, { level: 'ENVIRONMENT', id: chain.environmentId! }, 'ENVIRONMENT_ADMIN'));
    }
    return steps;
  }

  /** Only the environment's organization's own service accounts; anything else is NOT_FOUND. */
  private async requireAccountOf(accountId: string, organizationId: string): Promise<void> {
    const [account] = await new PrincipalRepository(this.ctx.em).byIds([accountId]);
    if (account?.kind !== 'SERVICE_ACCOUNT' || account.organization?.id !== organizationId) throw NotFoundError.of('service account', accountId);
  }
}

type Step = (authz: TransactionAuthz) => Promise<GrantPlan>;
