import { Args, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { InvalidInputError } from '../../domain/errors.js';
import type { AccessEvent } from '../../persistence/entities/access-event.entity.js';
import type { EffectivePermissionsUpdate } from '../../realtime/permission-diff.js';
import type { FeedConnection } from '../../realtime/feed-connection.js';
import type { RequestContext } from '../context.js';
import { AccessEventType } from '../types/access-event.type.js';
import { EffectivePermissionsUpdateType } from '../types/effective-permissions-update.type.js';
import { AccessChangedArgs, EffectivePermissionsChangedArgs } from '../types/feed.args.js';

function connectionOf(context: RequestContext): FeedConnection {
  if (!context.feed) throw new InvalidInputError('Subscriptions are served over WebSocket (the graphql-transport-ws protocol) on /graphql, not over HTTP.');
  return context.feed;
}

/**
 * What each event of a subscription resolves to. type-graphql passes a resolver's arguments
 * through its validator, an async function even with validation off, so through the decorated
 * methods every event's execution would finish a microtask later; `schema.ts` installs these as
 * the fields' resolvers instead. A shared execution then settles at once, and the fan-out writes
 * each subscriber's frame as it judges it rather than all of them after the whole batch
 * (`subscribe-per-event.ts`). The arguments are read by `subscribe`, never when resolving an event.
 */
export const SUBSCRIPTION_EVENT_RESOLVERS = {
  accessChanged: (event: AccessEvent): AccessEventType => AccessEventType.from(event),
  effectivePermissionsChanged: (update: EffectivePermissionsUpdate): EffectivePermissionsUpdateType => EffectivePermissionsUpdateType.from(update),
};

/**
 * The live access feed. Each subscription is checked when made (as the matching query would be)
 * and each event before it is sent (`src/realtime`). Errors that end a running subscription:
 * FORBIDDEN when the subscriber lost sight of what it follows, RESUBSCRIBE_REQUIRED (with
 * `lastRevision`) when it fell too far behind; a socket whose credentials stop working is closed
 * with 4403.
 */
@Resolver()
export class FeedResolver {
  @Subscription(() => AccessEventType, {
    description:
      "The organization's access events the subscriber may see, in revision order: with afterRevision, the log from there first, then live. " +
      'Ends with RESUBSCRIBE_REQUIRED (extensions.lastRevision) when the client reads too slowly: subscribe again with afterRevision = lastRevision.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, AccessChangedArgs, RequestContext>) =>
      connectionOf(context).accessChanged(context.services, { organizationId: args.organizationId, ...args.filter, afterRevision: args.afterRevision }),
  })
  accessChanged(@Root() event: AccessEvent, @Args() _args: AccessChangedArgs): AccessEventType {
    return SUBSCRIPTION_EVENT_RESOLVERS.accessChanged(event);
  }

  @Subscription(() => EffectivePermissionsUpdateType, {
    description:
      "A principal's effective permissions at a scope: the current set at once, then the new set with its diff each time a change alters it. " +
      'Visible to the principal itself and to whoever sees the members of the scope.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, EffectivePermissionsChangedArgs, RequestContext>) =>
      connectionOf(context).effectivePermissionsChanged(context.services, args.principalId, args.scope),
  })
  effectivePermissionsChanged(@Root() update: EffectivePermissionsUpdate, @Args() _args: EffectivePermissionsChangedArgs): EffectivePermissionsUpdateType {
    return SUBSCRIPTION_EVENT_RESOLVERS.effectivePermissionsChanged(update);
  }
}
