import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Payload, payloadOf } from '../types/change.type.js';
import { PrincipalType } from '../types/principal.type.js';

const PrincipalStatusPayload = Payload('PrincipalStatus', 'principal', PrincipalType);

/** Disabling and enabling principals: Org Admins of every organization the principal belongs to. */
@Resolver()
export class PrincipalResolver {
  @Mutation(() => PrincipalStatusPayload, {
    description: 'Disables a principal: it keeps its roles but holds no access, and its tokens stop working at once.',
  })
  async disablePrincipal(@Arg('principalId', () => ID) principalId: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.principals.disable(principalId), PrincipalType.from);
  }

  @Mutation(() => PrincipalStatusPayload, { description: 'Enables a disabled principal again, with the roles it held.' })
  async enablePrincipal(@Arg('principalId', () => ID) principalId: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.principals.enable(principalId), PrincipalType.from);
  }
}
