import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { SUBSCRIPTION_EVENT_RESOLVERS } from './resolvers/feed.resolver.js';
import { RESOLVERS } from './resolvers/index.js';

/**
 * type-graphql insists on a PubSub once a schema has subscriptions, though ours never use topics:
 * each has its own `subscribe`, fed by the access event log (`src/realtime`). This one refuses to
 * be used, so a topic-based subscription added by mistake fails loudly rather than stays silent.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Rolegate subscriptions read the access event log; there are no topics to publish to.');
  },
  subscribe: () => {
    throw new Error('Rolegate subscriptions read the access event log; declare a `subscribe` function, not topics.');
  },
};

/**
 * Builds the executable schema from the resolvers. Called once per process (building is slow);
 * `emit-schema.ts` prints the same schema to `schema/schema.graphql`.
 */
export async function buildRolegateSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Inputs are validated by the services, which own the rules and their messages.
    validate: false,
    pubSub: NO_TOPICS,
  });
  resolveEventsSynchronously(schema);
  return schema;
}

/** Each subscription field resolves an event without type-graphql's argument handling (see `SUBSCRIPTION_EVENT_RESOLVERS`). */
function resolveEventsSynchronously(schema: GraphQLSchema): void {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, resolve] of Object.entries(SUBSCRIPTION_EVENT_RESOLVERS)) {
    const field = fields[name];
    if (!field) throw new Error(`The schema has no subscription ${name}.`);
    // graphql-js passes the event first; the resolvers take nothing else.
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
}
