import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, Source, type ExecutionResult, type GraphQLSchema, type SourceLocation, valueFromASTUntyped } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LruMap } from '../authz/lru-map.js';

type Compilation = CompiledQuery | ExecutionResult;

/** Distinct operations kept compiled (least recently used out); dashboards and tools send a few dozen. */
const MAX_COMPILED_OPERATIONS = 1_000;

/**
 * Executes Apollo's queries and mutations as JavaScript compiled once per operation (graphql-jit)
 * instead of walking the document for every field of every request: a dashboard's ten thousand
 * fields cost a sixth as much (bench/README.md, `http`). Apollo still parses, validates, runs its
 * plugins and formats the errors; it takes an executor only through its gateway interface, which
 * is what this is. Subscriptions stay on graphql-js (`subscribe-per-event.ts`): their events run
 * one small selection each, and share results across subscribers instead.
 *
 * Each operation is compiled once, on first use, by the hash of its text that Apollo computes
 * anyway; only authenticated requests reach execution, and the number kept is bounded.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compilations = new LruMap<string, Compilation>(MAX_COMPILED_OPERATIONS);
  const compiled = (request: GatewayGraphQLRequestContext): Compilation => {
    const operationName = request.request.operationName;
    const key = `${request.queryHash}\u0000${operationName ?? ''}`;
    let compilation = compilations.get(key);
    if (!compilation) {
      compilation = compileQuery(schema, request.document, operationName);
      compilations.set(key, compilation);
    }
    return compilation;
  };
  const executor: GatewayExecutor = async (request) => {
    const invalid = variableErrors(schema, request);
    if (invalid) return { errors: invalid };
    const compilation = compiled(request);
    if (!isCompiledQuery(compilation)) return compilation;
    const result = await compilation.query(undefined, request.context, withDefaults(request));
    return result.errors ? { ...result, errors: result.errors.map((error) => asGraphQLError(error, request.source)) } : result;
  };
  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate: (listener) => {
      listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-js's coercion errors, which name the variable's definition: Apollo recognises those as
 * BAD_USER_INPUT (status 400). graphql-jit coerces the variables again, in its compiled form.
 */
function variableErrors(schema: GraphQLSchema, request: GatewayGraphQLRequestContext): readonly GraphQLError[] | undefined {
  const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
  return coerced.errors;
}

/**
 * The request's variables with each absent one that has a default given it, as JSON: graphql-jit
 * refuses a non-null variable with a default when it is left out (`$first: Int! = 50`), which
 * graphql-js and the specification accept.
 */
function withDefaults(request: GatewayGraphQLRequestContext): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...request.request.variables };
  for (const definition of request.operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && !(name in variables)) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

/**
 * graphql-jit's errors inherit from graphql-js's but lack what Apollo's formatting reads (an
 * `extensions` object; they carry locations, not nodes): rebuilt as graphql-js errors, keeping
 * their message, path, locations and the error a resolver threw.
 */
function asGraphQLError(error: GraphQLError, text: string): GraphQLError {
  const source = new Source(text);
  return new GraphQLError(error.message, {
    source,
    positions: (error.locations ?? []).map((location) => positionOf(text, location)),
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** The offset in `text` of a line and column (both counted from 1), lines ending as GraphQL's do. */
function positionOf(text: string, { line, column }: SourceLocation): number {
  const lineEnd = /\r\n|[\n\r]/g;
  let offset = 0;
  for (let current = 1; current < line && lineEnd.exec(text); current++) offset = lineEnd.lastIndex;
  return offset + column - 1;
}
