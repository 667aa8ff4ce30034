import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AccessEventsDocument, CreateProjectDocument } from '../generated/graphql.js';
import { createProject } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { footprintOf } from '../support/footprint.js';
import { useTestGateway } from '../support/gateway.js';

const FEED_READ_FAILED = 'reading the access event log failed; retrying at the next wake-up';

/** Words that would show a client the server's internals: SQL, tables, drivers, stack frames. */
const INTERNALS = /access_event|select|insert|sqlite|postgres|relation|syntax|stack|\bat \S+:\d+/i;

describe(`errors the gateway did not foresee (${TEST_DIALECT})`, () => {
  // The feed's catch-up poll would also hit the renamed table and log errors of its own.
  const t = useTestGateway({ feed: { pollIntervalMs: 3_600_000 } });

  /**
   * What the server logged while the table was away, less the live feed's own failed read: on
   * PostgreSQL the NOTIFY of the commit just before the outage can wake the feed inside it, and
   * the feed rightly logs that and retries at its next wake-up.
   */
  const loggedByRequests = (): unknown[] => {
    const logged = t.internalErrors.filter((entry) => (entry as { message?: string }).message !== FEED_READ_FAILED);
    t.internalErrors.length = 0;
    return logged;
  };

  /** Runs `body` while the event log's table is out of the way, so every change and log read fails inside the database. */
  const withoutEventTable = async (body: () => Promise<void>): Promise<void> => {
    const em = t.database.db.fork();
    const schema = em.getKnex().schema;
    await schema.renameTable('access_event', 'access_event_away');
    try {
      await body();
    } finally {
      await em.getKnex().schema.renameTable('access_event_away', 'access_event');
    }
  };

  it('answers INTERNAL_SERVER_ERROR with no detail, logs the cause, and rolls the whole change back', async () => {
    const organizationId = t.founder.organizationId;
    const last = (await t.ok(CreateProjectDocument, { organizationId, name: 'Before' }, t.founder.token)).createProject.revision;
    const before = await footprintOf(t.database.db);
    t.internalErrors.length = 0;

    await withoutEventTable(async () => {
      const response = await t.request(CreateProjectDocument, { organizationId, name: 'Lost' }, t.founder.token);
      expect(response.status).toBe(200);
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['createProject'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(response)).not.toMatch(INTERNALS);
    });

    expect(loggedByRequests()).toEqual([expect.objectContaining({ level: 'error', message: 'internal error', error: expect.stringMatching(/access_event/) })]);
    // The project was inserted before the event write failed: the transaction took both back.
    expect(await footprintOf(t.database.db)).toEqual(before);
    expect((await t.ok(CreateProjectDocument, { organizationId, name: 'After' }, t.founder.token)).createProject.revision).toBe(last + 1);
  });

  it('masks a failing read the same way', async () => {
    await createProject(t, t.founder.organizationId, 'Something to log');
    t.internalErrors.length = 0;
    await withoutEventTable(async () => {
      const response = await t.request(AccessEventsDocument, { organizationId: t.founder.organizationId }, t.founder.token);
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['accessEvents'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(response)).not.toMatch(INTERNALS);
    });
    expect(loggedByRequests()).toEqual([expect.objectContaining({ level: 'error', message: 'internal error', error: expect.stringMatching(/access_event/) })]);
  });

  it("keeps the client's own mistakes in the request visible, with GraphQL's codes, and logs nothing", async () => {
    t.internalErrors.length = 0;
    const send = (body: string) =>
      fetch(t.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.founder.token}` }, body }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { errors: { message: string; extensions: { code: string } }[] },
      }));

    const unknownField = await send(JSON.stringify({ query: '{ viewer { password } }' }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors[0]).toMatchObject({ message: 'Cannot query field "password" on type "Viewer".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

    const unparsable = await send(JSON.stringify({ query: '{ viewer ' }));
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');

    const notJson = await send('{"query": ');
    expect(notJson.status).toBe(400);
    expect(JSON.stringify(notJson.body)).not.toMatch(INTERNALS);
  });
});
