import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantCache } from '../../src/authz/grant-cache.js';
import type { PlacedGrant } from '../../src/authz/grant-store.js';
import type { Grant } from '../../src/domain/grant.js';
import { newId } from '../../src/domain/ids.js';
import type { Principal } from '../../src/domain/principal.js';
import { writeSnapshot } from '../../src/persistence/write-snapshot.js';
import { BatchAuthorizer, seeAccessOfQuestion, seeQuestion } from '../../src/realtime/batch-authorizer.js';
import { ANSWERS_PER_CLASS, ViewerClasses } from '../../src/realtime/viewer-classes.js';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../support/database.js';

const organizationId = newId();
const projectId = newId();
const environmentId = newId();
const person = (name: string): Principal => ({ id: newId(), kind: 'USER', displayName: name, disabled: false });

function placed(principalId: string, grants: readonly Omit<Grant, 'principalId'>[]): PlacedGrant[] {
  return grants.map((g) => ({ ...g, principalId, chain: g.scope.level === 'PROJECT' ? { organizationId, projectId: g.scope.id } : { organizationId } }));
}

describe('classes of viewers, kept across batches', () => {
  const member = [{ scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_MEMBER' }] as const;

  it('puts viewers with the same kind, standing and grants in an organization in one class, and no others', () => {
    const classes = new ViewerClasses(100);
    const [a, b, c] = [person('a'), person('b'), person('c')];
    const classOfA = classes.place(organizationId, a, placed(a.id, member));
    expect(classes.place(organizationId, b, placed(b.id, member))).toBe(classOfA);
    expect(classes.place(organizationId, { ...c, disabled: true }, placed(c.id, member))).not.toBe(classOfA);
    expect(classes.place(organizationId, { ...c, kind: 'SERVICE_ACCOUNT' }, placed(c.id, member))).not.toBe(classOfA);
    expect(classes.place(newId(), c, placed(c.id, member))).not.toBe(classOfA);
    expect(classes.classOf(b.id, organizationId)).toBe(classOfA);
  });

  it('forgets where a principal was placed when an event names it, in every organization', () => {
    const classes = new ViewerClasses(100);
    const [a, b] = [person('a'), person('b')];
    const elsewhere = newId();
    classes.place(organizationId, a, placed(a.id, member));
    classes.place(elsewhere, a, []);
    classes.place(organizationId, b, placed(b.id, member));
    classes.forget([{ principalId: a.id }, { principalId: null }]);
    expect(classes.classOf(a.id, organizationId)).toBeUndefined();
    expect(classes.classOf(a.id, elsewhere)).toBeUndefined();
    expect(classes.classOf(b.id, organizationId)).toBeDefined();
  });

  it('lets a class that holds too many answers start afresh before the next batch, never during one', () => {
    const classes = new ViewerClasses(100);
    const [full, light] = [person('full'), person('light')];
    const crowded = classes.place(organizationId, full, placed(full.id, member));
    const roomy = classes.place(organizationId, light, []);
    for (let i = 0; i < ANSWERS_PER_CLASS; i++) crowded.answers.set(`question ${i}`, true);
    roomy.answers.set('question', false);
    classes.answering(crowded);
    classes.answering(roomy);
    // Until the next batch begins, answers given in this one stay readable.
    expect(crowded.answers.size).toBe(ANSWERS_PER_CLASS);
    classes.forget([]);
    expect(crowded.answers.size).toBe(0);
    expect(roomy.answers.get('question')).toBe(false);
    expect(classes.classOf(full.id, organizationId)).toBe(crowded);
  });
});

describe(`a batch's authorization over the feed's classes of viewers (${TEST_DIALECT})`, () => {
  let test: TestDatabase;
  const [first, second] = [person('first'), person('second')];
  const sees = { project: seeQuestion({ level: 'PROJECT', id: projectId }), environment: seeQuestion({ level: 'ENVIRONMENT', id: environmentId }) };

  beforeAll(async () => {
    test = await openTestDatabase();
    const grants: Grant[] = [first, second].flatMap((p): Grant[] => [
      { principalId: p.id, scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_MEMBER' },
      { principalId: p.id, scope: { level: 'PROJECT', id: projectId }, role: 'PROJECT_CONTRIBUTOR' },
    ]);
    await writeSnapshot(test.db.fork(), {
      organizations: [{ id: organizationId, name: 'Classes' }],
      projects: [{ id: projectId, organizationId, name: 'P' }],
      environments: [{ id: environmentId, projectId, name: 'E', tier: 'DEVELOPMENT' }],
      principals: [first, second],
      grants,
    });
  });
  afterAll(async () => {
    await test?.close();
  });

  /** One batch: prefetch, ask, settle, answer, as the feed's fan-out does. */
  async function judge(cache: GrantCache, classes: ViewerClasses, viewers: readonly string[], question: typeof sees.project): Promise<boolean[]> {
    const authz = new BatchAuthorizer(test.db.fork(), cache, classes);
    await authz.prefetch(organizationId, viewers);
    for (const id of viewers) authz.viewer(id).ask(question);
    await authz.settle();
    return viewers.map((id) => authz.viewer(id).answer(question));
  }

  it("tells a viewer's own access from another member's of its class", async () => {
    const authz = new BatchAuthorizer(test.db.fork(), new GrantCache(100), new ViewerClasses(100));
    await authz.prefetch(organizationId, [first.id, second.id]);
    const chain = { organizationId };
    // The class is made from the first; the second asks about itself and about the first.
    const questions = [seeAccessOfQuestion(first.id, first.id, chain), seeAccessOfQuestion(second.id, second.id, chain), seeAccessOfQuestion(second.id, first.id, chain)];
    const askers = [first.id, second.id, second.id];
    questions.forEach((question, i) => authz.viewer(askers[i]!).ask(question));
    await authz.settle();
    // An Org Member sees its own access, not another member's (that needs org.settings.users).
    expect(questions.map((question, i) => authz.viewer(askers[i]!).answer(question))).toEqual([true, true, false]);
  });

  it('keeps a viewer it judges alone alone for the whole batch, though a new subscription places it in a class meanwhile', async () => {
    const classes = new ViewerClasses(100);
    const authz = new BatchAuthorizer(test.db.fork(), new GrantCache(100), classes);
    // Not read up front (the batch did not name it), so judged alone.
    await authz.prefetch(organizationId, []);
    authz.viewer(first.id).ask(sees.project);
    classes.place(organizationId, first, placed(first.id, [{ scope: { level: 'ORGANIZATION', id: organizationId }, role: 'ORG_MEMBER' }]));
    await authz.settle();
    expect(authz.viewer(first.id).answer(sees.project)).toBe(true);
  });

  it("answers a class's questions from the grants it was made from, even when a member's are read newer than the batch", async () => {
    const cache = new GrantCache(100);
    const classes = new ViewerClasses(100);
    expect(await judge(cache, classes, [first.id, second.id], sees.project)).toEqual([true, true]);

    // The first member loses its project role. A request on this instance has already read the
    // change into the grant cache; its event has not reached the feed, so the first member is still
    // in the class the batch judges as of its own revision.
    await test.db.fork().getKnex()('role_assignment').where({ principal_id: first.id, scope_id: projectId }).delete();
    cache.forget([{ principalId: first.id, organizationId }]);

    // A question new to the class, asked first by that member: evaluated as the class, on the
    // grants it was made from, not on the member's newer ones, so the rest of the class keeps
    // answers that are true for it.
    expect(await judge(cache, classes, [first.id, second.id], sees.environment)).toEqual([true, true]);

    // The event reaches the feed: the member is placed again, on its new grants.
    classes.forget([{ principalId: first.id }]);
    expect(await judge(cache, classes, [first.id, second.id], sees.environment)).toEqual([false, true]);
  });
});
