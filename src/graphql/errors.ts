import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { RolegateError } from '../domain/errors.js';

/** Codes graphql-js and Apollo assign to requests they reject before execution; safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type InternalErrorReporter = (error: unknown) => void;

/**
 * The one place that turns errors into what clients see: a RolegateError keeps its message and
 * code (and its safe details); a request error from graphql-js keeps its own; anything else is an
 * internal failure, reported to the server log and masked, so no stack trace or driver message
 * ever reaches a client.
 */
export function createErrorFormatter(report: InternalErrorReporter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domainError = findDomainError(original);
    if (domainError) {
      return {
        message: domainError.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: domainError.code, ...domainError.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code } };
    }
    report(original);
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Domain errors may arrive wrapped (a GraphQLError thrown from the context carries one as originalError). */
function findDomainError(error: unknown): RolegateError | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof RolegateError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** A GraphQLError carrying a RolegateError's code, for places that must throw GraphQL errors directly. */
export function toGraphQLError(error: RolegateError, httpStatus?: number): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, ...error.details, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}
