import { describe, expect, it } from 'vitest';
import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import { SnapshotBuilder } from '../support/snapshots.js';
import { describeGrantStoreContract } from './grant-store.contract.js';

describeGrantStoreContract('MemoryGrantStore', async (snapshot) => ({ store: new MemoryGrantStore(snapshot), close: async () => undefined }));

describe('MemoryGrantStore mutators', () => {
  function fixture() {
    const b = new SnapshotBuilder();
    const org = b.organization();
    const project = b.project(org);
    const env = b.environment(project);
    const ada = b.user('Ada');
    b.grant(ada, org, 'ORG_MEMBER').grant(ada, project, 'PROJECT_MEMBER').grant(ada, env, 'ENVIRONMENT_READER');
    return { store: new MemoryGrantStore(b.build()), org, project, env, ada };
  }

  it('setGrant replaces the role a principal holds at a scope (one role per principal and scope)', async () => {
    const { store, org, ada } = fixture();
    store.setGrant({ principalId: ada, scope: org, role: 'ORG_ADMIN' });
    expect((await store.grantsInOrganization(ada, org.id)).filter((g) => g.scope.level === 'ORGANIZATION').map((g) => g.role)).toEqual(['ORG_ADMIN']);
    expect((await store.holders({ roles: ['ORG_MEMBER'], chain: { organizationId: org.id }, limit: 5 })).holders).toEqual([]);
    expect((await store.organizationGrants(org.id)).length).toBe(3);
  });

  it('removeGrant removes the grant from every index and ignores grants that do not exist', async () => {
    const { store, org, project, env, ada } = fixture();
    store.removeGrant(ada, project);
    store.removeGrant(ada, project);
    store.removeGrant(newId(), env);
    expect((await store.grantsInOrganization(ada, org.id)).map((g) => g.role).sort()).toEqual(['ENVIRONMENT_READER', 'ORG_MEMBER']);
    expect((await store.holders({ roles: ['PROJECT_MEMBER'], chain: { organizationId: org.id, projectId: project.id }, limit: 5 })).holders).toEqual([]);
    expect((await store.organizationGrants(org.id)).length).toBe(2);
  });

  it('addPrincipal replaces a principal, e.g. to disable it', async () => {
    const { store, ada } = fixture();
    store.addPrincipal({ id: ada, kind: 'USER', displayName: 'Ada', disabled: true });
    expect((await store.principals([ada])).get(ada)?.disabled).toBe(true);
  });

  it('refuses scopes whose parent, or grants whose scope, does not exist', () => {
    const { store } = fixture();
    expect(() => store.addProject(newId(), newId())).toThrow(NotFoundError);
    expect(() => store.addEnvironment(newId(), newId())).toThrow(NotFoundError);
    expect(() => store.setGrant({ principalId: newId(), scope: { level: 'PROJECT', id: newId() }, role: 'PROJECT_MEMBER' })).toThrow(NotFoundError);
  });

  it('lists scopes added after loading, in order', async () => {
    const { store, org, project } = fixture();
    const extra = newId();
    store.addEnvironment(extra, project.id);
    const page = await store.scopesUnder({ parents: [org], level: 'ENVIRONMENT', limit: 10 });
    expect(page.scopes.map((c) => c.environmentId)).toContain(extra);
    expect(page.scopes.map((c) => c.environmentId)).toEqual([...page.scopes.map((c) => c.environmentId)].sort());
  });
});
