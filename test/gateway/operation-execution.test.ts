import 'reflect-metadata';
import { buildClientSchema, execute, getIntrospectionQuery, parse, printSchema, type IntrospectionQuery } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createContextFactory } from '../../src/graphql/context.js';
import { printRolegateSchema } from '../../src/graphql/emit-schema.js';
import { buildRolegateSchema } from '../../src/graphql/schema.js';
import { addUser, assignRole, createEnvironment, createProject, environmentScope, projectScope } from '../support/actors.js';
import { sharedElsewhere } from '../support/another-instance.js';
import { TEST_DIALECT } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
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

  it('refuses a mutation whose variable is missing or mistyped the same way, and writes nothing', async () => {
    const mutation = 'mutation Create($organizationId: ID!, $name: String!) { createProject(organizationId: $organizationId, name: $name) { revision } }';
    const before = await footprintOf(t.database.db);

    const missing = await send(mutation, { organizationId: t.founder.organizationId });
    const mistyped = await send(mutation, { organizationId: t.founder.organizationId, name: 5 });

    for (const [response, message] of [
      [missing, 'Variable "$name" of required type "String!" was not provided.'],
      [mistyped, 'Variable "$name" got invalid value 5; String cannot represent a non string value: 5'],
    ] as const) {
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toEqual([{ message, locations: [{ line: 1, column: 39 }], extensions: { code: 'BAD_USER_INPUT' } }]);
    }
    expect(await footprintOf(t.database.db)).toEqual(before);
  });

  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ])('answers null when a field fails, as its non-null type requires, with the error at its path and place in the text (lines ending %s)', async (_, lineEnd) => {
    const query = ['query Both($id: ID!) {', '  viewer { principalId }', '    project(id: $id) { id }', '}'].join(lineEnd);

    const response = await send(query, { id: UNKNOWN_ID });

    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      {
        message: `No project with id ${UNKNOWN_ID} is visible to you.`,
        locations: [{ line: 3, column: 5 }],
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

  it('answers as graphql-js executing the same schema would: the same data, the same errors at the same paths', async () => {
    const organizationId = t.founder.organizationId;
    const projectId = await createProject(t, organizationId, 'Compared');
    const environmentId = await createEnvironment(t, projectId, 'Prod', 'PRODUCTION');
    const member = await addUser(t, organizationId, 'compared');
    await assignRole(t, member.principalId, projectScope(projectId), 'PROJECT_CONTRIBUTOR');
    const environment = environmentScope(environmentId);
    const operations: [string, Record<string, unknown>][] = [
      [
        `query Page($id: ID!, $with: Boolean!, $without: Boolean!) {
          project(id: $id) { id name @include(if: $with) organizationId @skip(if: $without) ...Parent members(first: 3) { ...Members } }
        }
        fragment Parent on Project { organization { id name } }
        fragment Members on MemberConnection {
          edges { cursor node { role principal { __typename id kind displayName email disabled isServiceAccount } } }
          pageInfo { hasNextPage endCursor }
        }`,
        { id: projectId, with: true, without: true },
      ],
      ['query Page($id: ID!, $with: Boolean!, $without: Boolean!) { project(id: $id) { id name @include(if: $with) organizationId @skip(if: $without) } }', { id: projectId, with: false, without: false }],
      [
        `query Twice($p: ID!, $s: ScopeInput!) {
          full: effectivePermissions(principalId: $p, scope: $s) { principalId scope { level id } permissions { key access permission { key title level group source } grants { role access scope { level id } } } }
          keys: effectivePermissions(principalId: $p, scope: $s) { __typename permissions { key } }
        }`,
        { p: member.principalId, s: environment },
      ],
      [
        `query Checks($inputs: [CheckInput!]!) {
          checks(inputs: $inputs) { allowed principalId permissionKey access scope { level id } grants { role access scope { level id } } denial { reason message } }
        }`,
        {
          inputs: [
            { principalId: member.principalId, permissionKey: 'environment.deploy', access: 'WRITE', scope: environment },
            { principalId: t.founder.adminId, permissionKey: 'project.settings.members', access: 'READ', scope: projectScope(projectId) },
          ],
        },
      ],
      ['query Who($s: ScopeInput!) { whoCan(permissionKey: "environment.deploy", access: WRITE, scope: $s, first: 5) { edges { cursor node { principalId access principal { displayName } grants { role scope { level id } } } } pageInfo { hasNextPage } } }', { s: environment }],
      ['query Log($o: ID!) { licenseUsage(organizationId: $o) { seatCount readOnlyCount seats { principalId kind roles } } accessEvents(organizationId: $o, first: 3) { edges { node { revision sequence kind scopeLevel oldRole newRole cascade } } } }', { o: organizationId }],
      ['{ permissions { key level group title source } role: __type(name: "Role") { enumValues { name } } }', {}],
      ['{ checks(inputs: []) { allowed } }', {}],
      ['query Bad($p: ID!) { effectivePermissions(principalId: $p, scope: { level: ENVIRONMENT, id: "nope" }) { principalId } }', { p: member.principalId }],
      ['query Hidden($id: ID!) { viewer { principalId } project(id: $id) { id } }', { id: UNKNOWN_ID }],
    ];
    const schema = await buildRolegateSchema();
    const contextFor = createContextFactory(t.database.db, sharedElsewhere(t));
    const shape = (errors: readonly { message: string; path?: unknown }[] | undefined) => errors?.map(({ message, path }) => ({ message, path }));

    for (const [query, variables] of operations) {
      const answered = await send(query, variables);
      const contextValue = await contextFor({ headers: { authorization: `Bearer ${t.founder.token}` } } as IncomingMessage);
      const expected = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
      expect(answered.body.data, query).toEqual(expected.data);
      expect(shape(answered.body.errors), query).toEqual(shape(expected.errors));
    }
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
