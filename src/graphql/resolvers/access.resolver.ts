import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../../domain/role-tables.js';
import type { RequestContext } from '../context.js';
import { PrincipalAccessConnection, PrincipalAccessType, ScopeAccessConnection, ScopeAccessType } from '../types/access-lookup.type.js';
import { CheckInput, CheckResultType } from '../types/check.type.js';
import { EffectivePermissionsType } from '../types/effective-permissions.type.js';
import { AccessEnum } from '../types/enums.js';
import { LicenseUsageType } from '../types/license-usage.type.js';
import { connectionOfEnginePage, DEFAULT_PAGE_SIZE } from '../types/page-args.js';
import { PermissionType } from '../types/permission.type.js';
import { ScopeInput } from '../types/scope.type.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

/** The engine's questions: effective permissions, checks, reverse look-ups, licences, the catalog. */
@Resolver()
export class AccessResolver {
  @Query(() => [PermissionType], { description: 'The permission catalog (the role tables), in table order.' })
  permissions(): PermissionType[] {
    return PERMISSIONS.map((p) => PermissionType.from(p));
  }

  @Query(() => EffectivePermissionsType, { description: "The permissions of the scope's level a principal holds there, each with its provenance." })
  async effectivePermissions(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EffectivePermissionsType> {
    await consistent(ctx, atLeastRevision);
    return EffectivePermissionsType.from(await ctx.services.access.effectivePermissions(principalId, scope));
  }

  @Query(() => CheckResultType, { description: 'Whether a principal holds a permission at an access, and why (not).' })
  async check(
    @Arg('input', () => CheckInput) input: CheckInput,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckResultType> {
    await consistent(ctx, atLeastRevision);
    return CheckResultType.from(await ctx.services.access.check(input));
  }

  @Query(() => [CheckResultType], { description: 'Many checks at once (up to 200), answered in order.' })
  async checks(
    @Arg('inputs', () => [CheckInput]) inputs: CheckInput[],
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckResultType[]> {
    await consistent(ctx, atLeastRevision);
    return (await ctx.services.access.checkMany(inputs)).map((r) => CheckResultType.from(r));
  }

  @Query(() => PrincipalAccessConnection, { description: 'Who holds a permission at a scope ("who can deploy to PROD?"), by principal id.' })
  async whoCan(
    @Arg('permissionKey', () => String) permissionKey: string,
    @Arg('access', () => AccessEnum) access: AccessEnum,
    @Arg('scope', () => ScopeInput) scope: ScopeInput,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await consistent(ctx, atLeastRevision);
    const page = await ctx.services.access.whoCan({ permissionKey, access, scope, first, after: after ?? undefined });
    return connectionOfEnginePage(page, PrincipalAccessType.from, (item) => item.principalId, 'principal');
  }

  @Query(() => ScopeAccessConnection, {
    description: "Scopes of the permission's level where a principal holds it (\"which environments can this account deploy to?\").",
  })
  async accessibleScopes(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('permissionKey', () => String) permissionKey: string,
    @Arg('access', () => AccessEnum) access: AccessEnum,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await consistent(ctx, atLeastRevision);
    const page = await ctx.services.access.accessibleScopes({ principalId, organizationId, permissionKey, access, first, after: after ?? undefined });
    return connectionOfEnginePage(page, ScopeAccessType.from, (item) => item.scope.id, 'scope');
  }

  @Query(() => LicenseUsageType, { description: 'Who uses a licence seat and who is read-only (Org Admins only).' })
  async licenseUsage(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<LicenseUsageType> {
    await consistent(ctx, atLeastRevision);
    return LicenseUsageType.from(await ctx.services.access.licenseUsage(organizationId));
  }
}

