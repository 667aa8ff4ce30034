import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Gateway } from '../../src/app.js';
import { createLogger } from '../../src/server/logger.js';
import { AccessChangedDocument, AssignRoleDocument, RevokeRoleDocument, type AccessChangedSubscription, type Role } from '../generated/graphql.js';
import { TEST_DIALECT } from '../support/database.js';
import { type LiveSubscription, useFeedClients } from '../support/feed-client.js';
import { useTestGateway } from '../support/gateway.js';
import { addMember, auditLog, createEnvironment, createProject, type Person } from './fixtures.js';

type Scope = { readonly level: 'ORGANIZATION' | 'PROJECT' | 'ENVIRONMENT'; readonly id: string };

const ROLES_AT: Record<Scope['level'], readonly Role[]> = {
  ORGANIZATION: ['ORG_MEMBER', 'ORG_CONTRIBUTOR', 'ORG_ADMIN'],
  PROJECT: ['PROJECT_MEMBER', 'PROJECT_CONTRIBUTOR', 'PROJECT_ARCHITECT', 'PROJECT_ADMIN'],
  ENVIRONMENT: ['ENVIRONMENT_READER', 'ENVIRONMENT_ADMIN'],
};

/**
 * The feed keeps classes of viewers, and their answers, across batches, and judges a whole class
 * at once (`realtime/viewer-classes.ts`). A second gateway on the same database, with its grant
 * cache off, keeps nothing between batches. Every change is made one at a time and both gateways
 * judge it before the next, so both judge each event on the same grants: every subscriber must
 * receive exactly the same events from both, whoever's access the random changes touch.
 *
 * "Before the next" is made certain with a barrier: after each change, a change to someone no
 * subscriber is, in a project of its own. A feed judges batches one after another, so once the
 * barrier's event reaches a sentinel on both gateways, the change before it has been judged for
 * every subscriber there, and the barrier itself alters no subscriber's grants.
 */
describe(`classes of viewers kept across batches judge as a gateway that keeps nothing (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  let alone: Gateway;
  const kept = useFeedClients(() => t.gateway.url);
  const fresh = useFeedClients(() => alone.url);

  beforeAll(async () => {
    const config = { ...t.database.config, grantCacheSize: 0, feed: { ...t.database.config.feed, pollIntervalMs: 20 } };
    alone = await bootstrap(config, { logger: createLogger('error', (line) => t.internalErrors.push(JSON.parse(line))) });
  });
  afterAll(async () => {
    await alone?.close();
  });

  it('sends every subscriber the same events over many random changes, its own included', async () => {
    const organizationId = t.founder.organizationId;
    const organization: Scope = { level: 'ORGANIZATION', id: organizationId };
    const [p1, p2, elsewhere] = [await createProject(t, 'Classes one'), await createProject(t, 'Classes two'), await createProject(t, 'Barriers')];
    const e1 = await createEnvironment(t, p1.id, 'classes dev');
    const scopes: Scope[] = [organization, { level: 'PROJECT', id: p1.id }, { level: 'PROJECT', id: p2.id }, { level: 'ENVIRONMENT', id: e1.id }];
    const people: Person[] = [];
    for (let i = 0; i < 6; i++) people.push(await addMember(t, `class-${i}@acme.test`));
    const bystander = await addMember(t, 'class-bystander@acme.test');
    // Several people start with equal grants, so they share classes until the changes tell them apart.
    for (const person of people.slice(0, 4)) await t.ok(AssignRoleDocument, { principalId: person.principalId, scope: scopes[1]!, role: 'PROJECT_CONTRIBUTOR' }, t.founder.token);
    await t.ok(AssignRoleDocument, { principalId: people[4]!.principalId, scope: scopes[1]!, role: 'PROJECT_MEMBER' }, t.founder.token);
    const start = (await auditLog(t, organizationId)).at(-1)!.revision;

    const follow = (clients: typeof kept, person: Person, filter = {}) => clients.connect(person.token).subscribe(AccessChangedDocument, { organizationId, filter, afterRevision: start });
    const founder = { principalId: t.founder.adminId, token: t.founder.token };
    const sentinels = [follow(kept, founder), follow(fresh, founder)];
    const followers = [...people.map((person) => [person, {}] as const), [people[0]!, { projectId: p1.id }] as const, [people[5]!, { environmentId: e1.id }] as const];
    const pairs = followers.map(([person, filter]) => [follow(kept, person, filter), follow(fresh, person, filter)] as const);
    const barriers = new Set<number>();
    const barrier = async (): Promise<void> => {
      const role: Role = barriers.size % 2 === 0 ? 'PROJECT_MEMBER' : 'PROJECT_CONTRIBUTOR';
      const { revision } = (await t.ok(AssignRoleDocument, { principalId: bystander.principalId, scope: { level: 'PROJECT', id: elsewhere.id }, role }, t.founder.token)).assignRole;
      barriers.add(revision);
      await Promise.all(sentinels.map((sentinel) => sentinel.until((s) => s.data.some((d) => d.accessChanged.revision >= revision), 10_000, `revision ${revision}`)));
    };

    const steps = fc.sample(fc.tuple(fc.nat(people.length - 1), fc.nat(scopes.length - 1), fc.nat(), fc.boolean()), { seed: 20_261_123, numRuns: 40 });
    let applied = 0;
    for (const [who, where, which, revoke] of steps) {
      const scope = scopes[where]!;
      const principalId = people[who]!.principalId;
      const roles = ROLES_AT[scope.level];
      const change =
        revoke && scope.level !== 'ORGANIZATION'
          ? await t.request(RevokeRoleDocument, { principalId, scope }, t.founder.token)
          : await t.request(AssignRoleDocument, { principalId, scope, role: roles[which % roles.length]! }, t.founder.token);
      // A refused change (a prerequisite missing, the role already held) records nothing.
      const revision = change.data && ('revokeRole' in change.data ? change.data.revokeRole.revision : change.data.assignRole.revision);
      if (!revision) continue;
      applied++;
      await barrier();
    }
    // Everything before this last barrier has been judged once it reaches the sentinels; the
    // barrier's own event may still be on its way to some subscribers, so it is left out.
    await barrier();
    const judgedBefore = Math.max(...barriers);

    const revisions = (subscription: LiveSubscription<AccessChangedSubscription>) =>
      subscription.data.map((d) => d.accessChanged.revision).filter((revision) => revision < judgedBefore);
    for (const [byClass, alone] of pairs) {
      expect(revisions(byClass)).toEqual(revisions(alone));
      expect(byClass.errorCode).toEqual(alone.errorCode);
    }
    // Not vacuous: the changes were applied, some reached subscribers, and each subscriber saw less than everything.
    expect(applied).toBeGreaterThan(15);
    const received = pairs.map(([byClass]) => revisions(byClass).filter((revision) => !barriers.has(revision)).length);
    expect(received.some((count) => count > 0)).toBe(true);
    expect(received.every((count) => count < applied)).toBe(true);
  });
});
