import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Payload, payloadOf } from '../types/change.type.js';
import { EnvironmentTierEnum } from '../types/enums.js';
import { MemberConnection, MemberType } from '../types/member.type.js';
import { connectionOf, PageArgs, pageRequest } from '../types/page-args.js';
import { EnvironmentConnection, EnvironmentType, OrganizationType, ProjectType } from '../types/scopes.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

const CreateProjectPayload = Payload('CreateProject', 'project', ProjectType);
const CreateEnvironmentPayload = Payload('CreateEnvironment', 'environment', EnvironmentType);

@Resolver(() => ProjectType)
export class ProjectResolver {
  @Query(() => ProjectType, { description: 'A project the caller may see; NOT_FOUND otherwise.' })
  async project(
    @Arg('id', () => ID) id: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectType> {
    await consistent(ctx, atLeastRevision);
    return ProjectType.from(await ctx.services.scopes.project(id));
  }

  @FieldResolver(() => OrganizationType)
  async organization(@Root() project: ProjectType, @Ctx() ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await ctx.loaders.organization.load(project.organizationId))!);
  }

  @FieldResolver(() => EnvironmentConnection, { description: 'The environments the caller may see.' })
  async environments(@Root() project: ProjectType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return connectionOf(await ctx.services.scopes.environments(project.id, pageRequest(page)), EnvironmentType.from, (e) => e.id);
  }

  @FieldResolver(() => MemberConnection, { description: 'Principals holding a project role here (needs project.settings.members READ).' })
  async members(@Root() project: ProjectType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const members = await ctx.services.members.members({ level: 'PROJECT', id: project.id }, pageRequest(page, 'principal'));
    return connectionOf(members, MemberType.from, (m) => m.principalId, 'principal');
  }

  @Mutation(() => CreateProjectPayload, { description: 'Creates a project; the creator becomes its Project Admin (a service account, Project Member).' })
  async createProject(@Arg('organizationId', () => ID) organizationId: string, @Arg('name', () => String) name: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.scopes.createProject(organizationId, name), ProjectType.from);
  }

  @Mutation(() => CreateEnvironmentPayload, { description: 'Creates an environment in a project (needs project.build.create-environment WRITE).' })
  async createEnvironment(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('name', () => String) name: string,
    @Arg('tier', () => EnvironmentTierEnum) tier: EnvironmentTierEnum,
    @Ctx() ctx: RequestContext,
  ) {
    return payloadOf(await ctx.services.scopes.createEnvironment(projectId, name, tier), EnvironmentType.from);
  }
}
