import 'reflect-metadata';
import { execute, parse, type ExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EffectivePermissionsUpdate } from '../../src/realtime/permission-diff.js';
import type { AccessEvent } from '../../src/persistence/entities/access-event.entity.js';
import { buildRolegateSchema } from '../../src/graphql/schema.js';
import type { GraphQLSchema } from 'graphql';

const event = {
  revision: 7,
  sequence: 0,
  kind: 'ROLE_ASSIGNED',
  actorId: 'actor',
  principalId: 'member',
  scopeLevel: 'PROJECT',
  scopeId: 'project',
  organizationId: 'organization',
  projectId: 'project',
  environmentId: null,
  oldRole: null,
  newRole: 'PROJECT_MEMBER',
  keyId: null,
  cascade: false,
  changeId: 'change',
  occurredAt: new Date('2026-11-23T00:00:00Z'),
} as unknown as AccessEvent;

const update: EffectivePermissionsUpdate = {
  revision: 7,
  effectivePermissions: { principalId: 'member', scope: { level: 'PROJECT', id: 'project' }, permissions: [] },
  diff: { added: [], removed: [], changed: [] },
};

/**
 * The fan-out executes an event once for every subscriber of the same document and writes each
 * frame as soon as that execution settles: an execution that needs no promise lets it write while
 * it judges the next subscriber, instead of after the whole batch.
 */
describe('executing an event of a subscription', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildRolegateSchema();
  });

  const run = (document: string, payload: unknown): ExecutionResult | Promise<ExecutionResult> =>
    execute({ schema, document: parse(document), rootValue: payload, variableValues: { organizationId: 'organization' } });

  it('answers accessChanged without waiting, with the event as sent', () => {
    const result = run('subscription ($organizationId: ID!) { accessChanged(organizationId: $organizationId) { revision kind principalId newRole occurredAt } }', event);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { accessChanged: { revision: 7, kind: 'ROLE_ASSIGNED', principalId: 'member', newRole: 'PROJECT_MEMBER', occurredAt: '2026-11-23T00:00:00.000Z' } } });
  });

  it('answers effectivePermissionsChanged without waiting, with the update as sent', () => {
    const result = run(
      'subscription { effectivePermissionsChanged(principalId: "member", scope: { level: PROJECT, id: "project" }) { revision effectivePermissions { principalId scope { level id } } diff { added { key } } } }',
      update,
    );
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { effectivePermissionsChanged: { revision: 7, effectivePermissions: { principalId: 'member', scope: { level: 'PROJECT', id: 'project' } }, diff: { added: [] } } } });
  });
});
