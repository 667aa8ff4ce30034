import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
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
  return buildSchema({
    resolvers: RESOLVERS,
    // Inputs are validated by the services, which own the rules and their messages.
    validate: false,
    pubSub: NO_TOPICS,
  });
}
