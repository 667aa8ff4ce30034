import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from './resolvers/index.js';

/**
 * Builds the executable schema from the resolvers. Called once per process (building is slow);
 * `emit-schema.ts` prints the same schema to `schema/schema.graphql`.
 */
export async function buildRolegateSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Inputs are validated by the services, which own the rules and their messages.
    validate: false,
  });
}
