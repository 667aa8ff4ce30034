import 'reflect-metadata';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Gateway } from '../../src/app.js';
import { createLogger } from '../../src/server/logger.js';
import {
  AccessEventsDocument,
  AssignRoleDocument,
  CreateEnvironmentDocument,
  CreateProjectDocument,
  EffectivePermissionsDocument,
  EnvironmentDocument,
  OrganizationDocument,
  ProjectDocument,
} from '../generated/graphql.js';
import { addUser, projectScope } from '../support/actors.js';
import { TEST_DIALECT } from '../support/database.js';
import { requestGraphQL, useTestGateway } from '../support/gateway.js';
import { expectRefusal } from '../support/refusals.js';

describe(`atLeastRevision: reading one's own writes (${TEST_DIALECT})`, () => {
  const t = useTestGateway();
  /** A second gateway over the same database, as behind a load balancer. */
  let other: Gateway;
  const otherErrors: unknown[] = [];

  beforeAll(async () => {
    other = await bootstrap(t.database.config, { logger: createLogger('error', (line) => otherErrors.push(JSON.parse(line))) });
  });
  afterAll(async () => {
    await other?.close();
  });
  afterEach(() => {
    expect(otherErrors).toEqual([]);
  });

  it('serves, at the revision a mutation returned, every query the change affects, through any gateway', async () => {
    const organizationId = t.founder.organizationId;
    const created = await requestGraphQL(other.url, CreateProjectDocument, { organizationId, name: 'Fresh' }, t.founder.token);
    const { project, revision } = created.data!.createProject;
    const environment = (await t.ok(CreateEnvironmentDocument, { projectId: project.id, name: 'qa', tier: 'QA' }, t.founder.token)).createEnvironment;
    const user = await addUser(t, organizationId, 'reader');
    const assigned = await requestGraphQL(other.url, AssignRoleDocument, { principalId: user.principalId, scope: projectScope(project.id), role: 'PROJECT_CONTRIBUTOR' }, t.founder.token);
    const atLeastRevision = assigned.data!.assignRole.revision;
    expect(atLeastRevision).toBeGreaterThan(revision);

    const organization = await t.ok(OrganizationDocument, { id: organizationId, atLeastRevision }, t.founder.token);
    expect(organization.organization.projects.edges.map((e) => e.node.id)).toContain(project.id);
    expect((await t.ok(ProjectDocument, { id: project.id, atLeastRevision: revision }, user.token)).project.name).toBe('Fresh');
    expect((await t.ok(EnvironmentDocument, { id: environment.environment.id, atLeastRevision }, user.token)).environment.tier).toBe('QA');
    const access = await t.ok(EffectivePermissionsDocument, { principalId: user.principalId, scope: projectScope(project.id), atLeastRevision }, t.founder.token);
    expect(access.effectivePermissions.permissions.map((p) => p.key)).toContain('project.sidebar.nodes');
    const log = await t.ok(AccessEventsDocument, { organizationId, afterRevision: atLeastRevision - 1, atLeastRevision }, t.founder.token);
    expect(log.accessEvents.edges.map((e) => [e.node.revision, e.node.kind])).toEqual([[atLeastRevision, 'ROLE_ASSIGNED']]);
  });

  it('waits for a revision committed meanwhile by another gateway', async () => {
    const current = (await t.ok(CreateProjectDocument, { organizationId: t.founder.organizationId, name: 'Now' }, t.founder.token)).createProject.revision;
    const waiting = t.request(OrganizationDocument, { id: t.founder.organizationId, atLeastRevision: current + 1 }, t.founder.token);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const later = await requestGraphQL(other.url, CreateProjectDocument, { organizationId: t.founder.organizationId, name: 'Meanwhile' }, t.founder.token);
    expect(later.data!.createProject.revision).toBe(current + 1);
    const answered = await waiting;
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.organization.projects.edges.map((e) => e.node.name)).toContain('Meanwhile');
  });

  it('refuses a revision that is never committed, naming the latest, rather than answer stale (BAD_USER_INPUT)', async () => {
    const current = (await t.ok(CreateProjectDocument, { organizationId: t.founder.organizationId, name: 'Latest' }, t.founder.token)).createProject.revision;
    const error = expectRefusal(await t.request(OrganizationDocument, { id: t.founder.organizationId, atLeastRevision: current + 1000 }, t.founder.token), 'BAD_USER_INPUT');
    expect(error.message).toBe(`Revision ${current + 1000} has not been committed (the latest is ${current}).`);
    expect(error.extensions).toMatchObject({ atLeastRevision: current + 1000, currentRevision: current });
    const negative = expectRefusal(await t.request(ProjectDocument, { id: t.founder.organizationId, atLeastRevision: -1 }, t.founder.token), 'BAD_USER_INPUT');
    expect(negative.message).toBe('atLeastRevision must be a non-negative integer.');
  });
});
