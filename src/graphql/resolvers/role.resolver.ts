import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { AddedMemberType } from '../types/added-member.type.js';
import { AccessChangePayload, Payload, payloadOf } from '../types/change.type.js';
import { RoleEnum } from '../types/enums.js';
import { ScopeInput } from '../types/scope.type.js';

const AddMemberPayload = Payload('AddMember', 'member', AddedMemberType);

/** Membership and role mutations; each is authorised by the grant policy and returns its changes and revision. */
@Resolver()
export class RoleResolver {
  @Mutation(() => AddMemberPayload, { description: 'Adds a user, by email, to an organization (Org Admins only; default role Org Member).' })
  async addMember(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('email', () => String) email: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('role', () => RoleEnum, { defaultValue: RoleEnum.ORG_MEMBER }) role: RoleEnum,
    @Ctx() ctx: RequestContext,
  ) {
    return payloadOf(await ctx.services.roles.addMember(organizationId, { email, displayName, role }), AddedMemberType.from);
  }

  @Mutation(() => AccessChangePayload, { description: 'Assigns a role at a scope, or changes the role held there.' })
  async assignRole(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('role', () => RoleEnum) role: RoleEnum,
    @Ctx() ctx: RequestContext,
  ): Promise<AccessChangePayload> {
    return AccessChangePayload.from(await ctx.services.roles.assign(principalId, scope, role));
  }

  @Mutation(() => AccessChangePayload, { description: 'Revokes the role held at a scope, and every role that depended on it.' })
  async revokeRole(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccessChangePayload> {
    return AccessChangePayload.from(await ctx.services.roles.revoke(principalId, scope));
  }

  @Mutation(() => AccessChangePayload, { description: 'Removes a member from an organization, with every project and environment role it held there.' })
  async removeMember(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('principalId', () => ID) principalId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AccessChangePayload> {
    return AccessChangePayload.from(await ctx.services.roles.removeMember(organizationId, principalId));
  }
}
