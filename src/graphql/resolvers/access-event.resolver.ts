import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { decodeCursor } from '../../authz/cursor.js';
import { requirePageSize } from '../../authz/page.js';
import { InvalidInputError } from '../../domain/errors.js';
import type { EventPosition } from '../../persistence/repositories/access-event.repository.js';
import type { RequestContext } from '../context.js';
import { AccessEventConnection, AccessEventType } from '../types/access-event.type.js';
import { connectionOf, DEFAULT_PAGE_SIZE } from '../types/page-args.js';
import { AT_LEAST_REVISION, consistent } from './consistency.js';

@Resolver()
export class AccessEventResolver {
  @Query(() => AccessEventConnection, { description: "The organization's access event log in revision order (Org Admins only)." })
  async accessEvents(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('afterRevision', () => Int, { nullable: true, description: 'Only events of later revisions.' }) afterRevision: number | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | undefined,
    @Arg('environmentId', () => ID, { nullable: true }) environmentId: string | undefined,
    @Arg('principalId', () => ID, { nullable: true }) principalId: string | undefined,
    @Arg('atLeastRevision', () => Int, AT_LEAST_REVISION) atLeastRevision: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await consistent(ctx, atLeastRevision);
    const page = await ctx.services.events.events({
      organizationId,
      after: startPosition(after ?? undefined, afterRevision ?? undefined),
      limit: requirePageSize(first),
      projectId: projectId ?? undefined,
      environmentId: environmentId ?? undefined,
      principalId: principalId ?? undefined,
    });
    return connectionOf(page, AccessEventType.from, (e) => `${e.revision}.${e.sequence}`, 'event');
  }
}

function startPosition(cursor: string | undefined, afterRevision: number | undefined): EventPosition | undefined {
  if (cursor !== undefined) {
    const [revision, sequence] = decodeCursor('event', cursor).split('.').map(Number);
    return { revision: revision!, sequence: sequence! };
  }
  if (afterRevision === undefined) return undefined;
  if (!Number.isInteger(afterRevision) || afterRevision < 0) throw new InvalidInputError('afterRevision must be a non-negative integer.');
  return { revision: afterRevision, sequence: Number.MAX_SAFE_INTEGER };
}

