import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Field, ID } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { ApiTokenConnection, ApiTokenType, CreatedApiTokenType } from '../types/api-token.type.js';
import { Payload, payloadOf } from '../types/change.type.js';
import { connectionOf, PageArgs, pageRequest } from '../types/page-args.js';
import { PrincipalType } from '../types/principal.type.js';

@ObjectType('Viewer', { simpleResolvers: true, description: 'The authenticated caller.' })
export class ViewerType {
  @Field(() => ID)
  principalId!: string;
}

const CreateApiTokenPayload = Payload('CreateApiToken', 'created', CreatedApiTokenType);
const RevokeApiTokenPayload = Payload('RevokeApiToken', 'apiToken', ApiTokenType);

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType)
  viewer(@Ctx() ctx: RequestContext): ViewerType {
    return Object.assign(new ViewerType(), { principalId: ctx.viewer.principalId });
  }

  @FieldResolver(() => PrincipalType)
  async principal(@Ctx() ctx: RequestContext): Promise<PrincipalType> {
    return PrincipalType.from((await ctx.loaders.principal.load(ctx.viewer.principalId))!);
  }

  @FieldResolver(() => ApiTokenConnection, { description: "The caller's own API tokens (revoked and expired ones included)." })
  async apiTokens(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return connectionOf(await ctx.services.apiTokens.list(pageRequest(page, 'token')), ApiTokenType.from, (t) => t.id, 'token');
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates a personal API token for the caller. The token is returned once.' })
  async createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date, { nullable: true }) expiresAt: Date | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await ctx.services.apiTokens.create(name, expiresAt ?? undefined);
    return payloadOf(result, CreatedApiTokenType.from);
  }

  @Mutation(() => RevokeApiTokenPayload, { description: "Revokes one of the caller's API tokens; it stops working at once." })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.apiTokens.revoke(id), ApiTokenType.from);
  }
}
