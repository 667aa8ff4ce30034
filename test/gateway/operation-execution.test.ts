import 'reflect-metadata';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printRolegateSchema } from '../../src/graphql/emit-schema.js';
import { createProject } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { useTestGateway } from '../support/gateway.js';

interface RawResponse {
  readonly status: number;
  readonly body: {
    readonly data?: Record<string, unknown> | null;
    readonly errors?: readonly { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }[];
  };
}

const UNKNOWN_ID = '5f0c1a4e-0000-4000-8000-000000000000';

/**
 * How the gateway executes an operation as GraphQL specifies it (queries and mutations run as
 * compiled code, `src/graphql/compiled-execution.ts`): defaults, variable coercion, errors
 * located in the text and nulling what they must, mutations in order.
 */
describe(`executing operations over HTTP (${TEST_DIALECT})`, () => {
  const t = useTestGateway();

  const send = async (query: string, variables?: Record<string, unknown>): Promise<RawResponse> => {
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.founder.token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as RawResponse['body'] };
  };

  it('uses the default of a non-null variable the request leaves out', async () => {
    const organizationId = t.founder.organizationId;
    await createProject(t, organizationId, 'One');
    await createProject(t, organizationId, 'Two');
    const query = `query Projects($id: ID!, $first: Int! = 1) {
      organization(id: $id) { projects(first: $first) { edges { node { name } } pageInfo { hasNextPage } } }
    }`;

    const response = await send(query, { id: organizationId });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ organization: { projects: { edges: [{ node: { name: expect.any(String) } }], pageInfo: { hasNextPage: true } } } });
    const explicit = await send(query, { id: organizationId, first: 2 });
    expect((explicit.body.data as { organization: { projects: { edges: unknown[] } } }).organization.projects.edges).toHaveLength(2);
  });

  it('refuses a missing or mistyped variable with 400 and BAD_USER_INPUT naming it, before running anything', async () => {
    const query = 'query Project($id: ID!, $first: Int!) { project(id: $id) { environments(first: $first) { edges { node { id } } } } }';

    const missing = await send(query, { id: UNKNOWN_ID });
    const mistyped = await send(query, { id: UNKNOWN_ID, first: 'ten' });

    for (const [response, message] of [
      [missing, 'Variable "$first" of required type "Int!" was not provided.'],
      [mistyped, 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"'],
    ] as const) {
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toEqual([{ message, locations: [{ line: 1, column: 25 }], extensions: { code: 'BAD_USER_INPUT' } }]);
    }
    expect(t.internalErrors).toEqual([]);
  });

  it('answers null when a field fails, as its non-null type requires, with the error at its path and place in the text', async () => {
    const response = await send(`query Both($id: ID!) {
      viewer { principalId }
        project(id: $id) { id }
    }`, { id: UNKNOWN_ID });

    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      {
        message: `No project with id ${UNKNOWN_ID} is visible to you.`,
        locations: [{ line: 3, column: 9 }],
        path: ['project'],
        extensions: { code: 'NOT_FOUND', kind: 'project', id: UNKNOWN_ID },
      },
    ]);
  });

  it('introspects to the committed schema, so clients can generate their types from the running gateway', async () => {
    const response = await send(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));

    expect(response.body.errors).toBeUndefined();
    expect(printSchema(buildClientSchema(response.body.data as unknown as IntrospectionQuery)) + '\n').toBe(await printRolegateSchema());
  });

  it('runs the mutations of one request in order, each seeing what the one before it did', async () => {
    const organizationId = t.founder.organizationId;
    const response = await send(
      `mutation Two($organizationId: ID!) {
        first: createProject(organizationId: $organizationId, name: "First") { revision }
        second: createProject(organizationId: $organizationId, name: "Second") { revision }
      }`,
      { organizationId },
    );

    expect(response.body.errors).toBeUndefined();
    const { first, second } = response.body.data as { first: { revision: number }; second: { revision: number } };
    expect(second.revision).toBe(first.revision + 1);
  });
});
