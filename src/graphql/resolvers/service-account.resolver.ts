import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { AccessChangePayload, Payload, payloadOf } from '../types/change.type.js';
import { RoleEnum } from '../types/enums.js';
import { connectionOf, PageArgs, pageRequest } from '../types/page-args.js';
import { ServiceAccountConnection, ServiceAccountKeyType, ServiceAccountType } from '../types/service-account.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

const CreateServiceAccountPayload = Payload('CreateServiceAccount', 'serviceAccount', ServiceAccountType);
const RegisterServiceAccountKeyPayload = Payload('RegisterServiceAccountKey', 'key', ServiceAccountKeyType);
const RemoveServiceAccountKeyPayload = Payload('RemoveServiceAccountKey', 'key', ServiceAccountKeyType);

/** Service accounts, their keys, and the one-step deploy grant. */
@Resolver(() => ServiceAccountType)
export class ServiceAccountResolver {
  @Query(() => ServiceAccountConnection, { description: "The organization's service accounts, members or not (Org Admins only)." })
  async serviceAccounts(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await consistent(ctx, atLeastRevision);
    return connectionOf(await ctx.services.serviceAccounts.list(organizationId, pageRequest(page, 'principal')), ServiceAccountType.from, (a) => a.id, 'principal');
  }

  @Query(() => ServiceAccountType, { description: "A service account, for its organization's Org Admins and for itself; NOT_FOUND otherwise." })
  async serviceAccount(
    @Arg('id', () => ID) id: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAccountType> {
    await consistent(ctx, atLeastRevision);
    return ServiceAccountType.from(await ctx.services.serviceAccounts.get(id));
  }

  @FieldResolver(() => [ServiceAccountKeyType], { description: 'Its registered public keys (at most two), oldest first.' })
  async keys(@Root() account: ServiceAccountType, @Ctx() ctx: RequestContext): Promise<ServiceAccountKeyType[]> {
    return (await ctx.loaders.serviceAccountKeys.load(account.id)).map((k) => ServiceAccountKeyType.from(k));
  }

  @Mutation(() => CreateServiceAccountPayload, {
    description: 'Creates a service account in an organization and makes it a member (Org Admins only; Org Member unless Org Contributor is asked). It has no password and no API token: register a key next.',
  })
  async createServiceAccount(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('name', () => String) name: string,
    @Arg('contactEmail', () => String, { description: 'A distribution list rather than a person, so the account outlives staff changes.' }) contactEmail: string,
    @Arg('description', () => String, { nullable: true }) description: string | undefined,
    @Arg('role', () => RoleEnum, { defaultValue: RoleEnum.ORG_MEMBER }) role: RoleEnum,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await ctx.services.serviceAccounts.create(organizationId, { name, contactEmail, description: description ?? undefined, role });
    return payloadOf(result, ServiceAccountType.from);
  }

  @Mutation(() => RegisterServiceAccountKeyPayload, {
    description: 'Registers a public key (RSA of at least 2048 bits or Ed25519; PEM or JWK) for a service account, at most two per account (Org Admins only).',
  })
  async registerServiceAccountKey(
    @Arg('serviceAccountId', () => ID) serviceAccountId: string,
    @Arg('publicKey', () => String, { description: 'PEM ("-----BEGIN PUBLIC KEY-----") or a JWK as JSON. Never the private key.' }) publicKey: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payloadOf(await ctx.services.serviceAccountKeys.register(serviceAccountId, publicKey), ServiceAccountKeyType.from);
  }

  @Mutation(() => RemoveServiceAccountKeyPayload, { description: 'Removes a service-account key; tokens signed with it stop working at once (Org Admins only).' })
  async removeServiceAccountKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return payloadOf(await ctx.services.serviceAccountKeys.remove(id), ServiceAccountKeyType.from);
  }

  @Mutation(() => AccessChangePayload, {
    description:
      'Lets a service account deploy to an environment in one change: Org Member if it is not a member, Project Member on the project if it holds no role there, and Environment Admin on the environment. Each grant is authorised as if asked alone.',
  })
  async grantDeployAccess(
    @Arg('serviceAccountId', () => ID) serviceAccountId: string,
    @Arg('environmentId', () => ID) environmentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AccessChangePayload> {
    return AccessChangePayload.from(await ctx.services.deployAccess.grant(serviceAccountId, environmentId));
  }
}
