import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Payload, payloadOf } from '../types/change.type.js';
import { MemberConnection, MemberType } from '../types/member.type.js';
import { connectionOf, PageArgs, pageRequest } from '../types/page-args.js';
import { OrganizationConnection, OrganizationType, ProjectConnection, ProjectType } from '../types/scopes.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

const CreateOrganizationPayload = Payload('CreateOrganization', 'organization', OrganizationType);

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationType, { description: 'An organization the caller belongs to; NOT_FOUND otherwise.' })
  async organization(
    @Arg('id', () => ID) id: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationType> {
    await consistent(ctx, atLeastRevision);
    return OrganizationType.from(await ctx.services.organizations.get(id));
  }

  @Query(() => OrganizationConnection, { description: 'The organizations the caller belongs to.' })
  async organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await consistent(ctx, atLeastRevision);
    return connectionOf(await ctx.services.organizations.list(pageRequest(page)), OrganizationType.from, (o) => o.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'The projects the caller may see.' })
  async projects(@Root() organization: OrganizationType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return connectionOf(await ctx.services.scopes.projects(organization.id, pageRequest(page)), ProjectType.from, (p) => p.id);
  }

  @FieldResolver(() => MemberConnection, { description: 'Members and their organization roles (Org Admins only).' })
  async members(@Root() organization: OrganizationType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const members = await ctx.services.members.members({ level: 'ORGANIZATION', id: organization.id }, pageRequest(page, 'principal'));
    return connectionOf(members, MemberType.from, (m) => m.principalId, 'principal');
  }

  @Mutation(() => CreateOrganizationPayload, { description: 'Creates an organization; the caller becomes its Org Admin.' })
  async createOrganization(@Arg('name', () => String) name: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.organizations.create(name), OrganizationType.from);
  }
}
