import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain/errors.js';
import type { RequestContext } from '../context.js';
import { PrincipalAccessType } from '../types/access-lookup.type.js';
import { EffectivePermissionsType } from '../types/effective-permissions.type.js';
import { LicensedPrincipalType } from '../types/license-usage.type.js';
import { MemberType } from '../types/member.type.js';
import { PrincipalType } from '../types/principal.type.js';

/**
 * `principal` on the types that name one by id. They are reached only through an answer the
 * caller was allowed to see, so loading the principal (batched per request) reveals nothing more.
 */
async function loadPrincipal(ctx: RequestContext, id: string): Promise<PrincipalType> {
  const principal = await ctx.loaders.principal.load(id);
  if (!principal) throw NotFoundError.of('principal', id);
  return PrincipalType.from(principal);
}

@Resolver(() => MemberType)
export class MemberFieldsResolver {
  @FieldResolver(() => PrincipalType)
  principal(@Root() member: MemberType, @Ctx() ctx: RequestContext): Promise<PrincipalType> {
    return loadPrincipal(ctx, member.principalId);
  }

  @FieldResolver(() => EffectivePermissionsType, { description: "The member's effective permissions at this scope." })
  async effectivePermissions(@Root() member: MemberType, @Ctx() ctx: RequestContext): Promise<EffectivePermissionsType> {
    return EffectivePermissionsType.from(await ctx.services.access.effectivePermissions(member.principalId, member.scope));
  }
}

@Resolver(() => PrincipalAccessType)
export class PrincipalAccessFieldsResolver {
  @FieldResolver(() => PrincipalType)
  principal(@Root() item: PrincipalAccessType, @Ctx() ctx: RequestContext): Promise<PrincipalType> {
    return loadPrincipal(ctx, item.principalId);
  }
}

@Resolver(() => EffectivePermissionsType)
export class EffectivePermissionsFieldsResolver {
  @FieldResolver(() => PrincipalType)
  principal(@Root() result: EffectivePermissionsType, @Ctx() ctx: RequestContext): Promise<PrincipalType> {
    return loadPrincipal(ctx, result.principalId);
  }
}

@Resolver(() => LicensedPrincipalType)
export class LicensedPrincipalFieldsResolver {
  @FieldResolver(() => PrincipalType)
  principal(@Root() item: LicensedPrincipalType, @Ctx() ctx: RequestContext): Promise<PrincipalType> {
    return loadPrincipal(ctx, item.principalId);
  }
}
