import { MemoryGrantStore } from '../../src/authz/memory-grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import { GrantPolicy } from '../../src/authz/grant-policy.js';
import { SnapshotBuilder } from '../support/snapshots.js';

/**
 * Acme: project Web (environments Dev and Prod) and project Data (environment QA), plus Globex.
 * Every kind of holder the engine distinguishes has a principal here.
 */
export function acme() {
  const b = new SnapshotBuilder();
  const org = b.organization('Acme');
  const globex = b.organization('Globex');
  const web = b.project(org, 'Web');
  const data = b.project(org, 'Data');
  const webDev = b.environment(web, 'Dev', 'DEVELOPMENT');
  const webProd = b.environment(web, 'Prod', 'PRODUCTION');
  const dataQa = b.environment(data, 'QA', 'QA');
  const p = {
    admin: b.user('Admin'),
    lead: b.user('Lead'),
    architect: b.user('Architect'),
    dev: b.user('Dev'),
    ci: b.serviceAccount('CI'),
    disabledAdmin: b.user('Disabled admin', true),
    outsider: b.user('Outsider'),
    orphanEnv: b.user('Orphan environment role'),
    stranger: b.user('Stranger'),
    globexAdmin: b.user('Globex admin'),
  };
  b.grant(p.admin, org, 'ORG_ADMIN');
  b.grant(p.lead, org, 'ORG_MEMBER').grant(p.lead, web, 'PROJECT_ADMIN').grant(p.lead, webProd, 'ENVIRONMENT_ADMIN');
  b.grant(p.architect, org, 'ORG_MEMBER').grant(p.architect, web, 'PROJECT_ARCHITECT');
  b.grant(p.dev, org, 'ORG_CONTRIBUTOR').grant(p.dev, web, 'PROJECT_CONTRIBUTOR').grant(p.dev, webDev, 'ENVIRONMENT_READER');
  b.grant(p.ci, org, 'ORG_MEMBER').grant(p.ci, web, 'PROJECT_MEMBER').grant(p.ci, data, 'PROJECT_MEMBER');
  b.grant(p.ci, webDev, 'ENVIRONMENT_ADMIN').grant(p.ci, webProd, 'ENVIRONMENT_ADMIN');
  b.grant(p.disabledAdmin, org, 'ORG_ADMIN');
  b.grant(p.outsider, web, 'PROJECT_ADMIN');
  b.grant(p.orphanEnv, org, 'ORG_MEMBER').grant(p.orphanEnv, dataQa, 'ENVIRONMENT_ADMIN');
  b.grant(p.globexAdmin, globex, 'ORG_ADMIN');
  const snapshot = b.build();
  const store = new MemoryGrantStore(snapshot);
  const engine = new PermissionEngine(store);
  const policy = new GrantPolicy(store, engine);
  return { snapshot, store, engine, policy, p, s: { org, globex, web, data, webDev, webProd, dataQa } };
}

export type Acme = ReturnType<typeof acme>;

export const sortIds = (ids: readonly string[]): string[] => [...ids].sort();
