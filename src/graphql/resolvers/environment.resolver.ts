import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { MemberConnection, MemberType } from '../types/member.type.js';
import { connectionOf, PageArgs, pageRequest } from '../types/page-args.js';
import { EnvironmentType, ProjectType } from '../types/scopes.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

@Resolver(() => EnvironmentType)
export class EnvironmentResolver {
  @Query(() => EnvironmentType, { description: 'An environment the caller may see; NOT_FOUND otherwise.' })
  async environment(
    @Arg('id', () => ID) id: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EnvironmentType> {
    await consistent(ctx, atLeastRevision);
    return EnvironmentType.from(await ctx.services.scopes.environment(id));
  }

  @FieldResolver(() => ProjectType)
  async project(@Root() environment: EnvironmentType, @Ctx() ctx: RequestContext): Promise<ProjectType> {
    return ProjectType.from((await ctx.loaders.project.load(environment.projectId))!);
  }

  @FieldResolver(() => MemberConnection, { description: 'Principals holding an environment role here.' })
  async members(@Root() environment: EnvironmentType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const members = await ctx.services.members.members({ level: 'ENVIRONMENT', id: environment.id }, pageRequest(page, 'principal'));
    return connectionOf(members, MemberType.from, (m) => m.principalId, 'principal');
  }
}
