import { expect } from 'vitest';
import type { ErrorCode } from '../../src/domain/errors.js';
import type { GraphQLErrorBody, GraphQLResponse } from './gateway.js';

/**
 * Asserts that an operation was refused as a whole with one error of `code`, and that the error
 * carries nothing a client should not see (no stack trace, no exception object). Returns the error.
 */
export function expectRefusal(response: GraphQLResponse<unknown>, code: ErrorCode): GraphQLErrorBody {
  expect(response.errors, JSON.stringify(response.errors)).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  expect(response.data ?? null).toBeNull();
  expect(error.extensions).not.toHaveProperty('stacktrace');
  expect(error.extensions).not.toHaveProperty('exception');
  return error;
}
