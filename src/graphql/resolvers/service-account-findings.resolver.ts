import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { ServiceAccountFindingsType } from '../types/service-account-finding.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

@Resolver()
export class ServiceAccountFindingsResolver {
  @Query(() => [ServiceAccountFindingsType], {
    description: "The advisor: for each of the organization's service accounts, the recommended practices it does not meet, with severity and fix (Org Admins only).",
  })
  async serviceAccountFindings(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAccountFindingsType[]> {
    await consistent(ctx, atLeastRevision);
    return (await ctx.services.advisor.findings(organizationId)).map((r) => ServiceAccountFindingsType.from(r));
  }
}
