import { describe, expect, it } from 'vitest';
import {
  serviceAccountFindings,
  type AdvisorSettings,
  type FindingRule,
  type HeldRole,
  type KeyFacts,
  type ServiceAccountFacts,
} from '../../src/authz/service-account-findings.js';
import { loadConfig } from '../../src/config/config.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const SETTINGS: AdvisorSettings = { ...loadConfig({}).serviceAccounts, now: NOW };

const ORG = 'o';
const member: HeldRole = { role: 'ORG_MEMBER', scope: { level: 'ORGANIZATION', id: ORG }, chain: { organizationId: ORG }, heldSince: daysAgo(100) };
const projectMember = (project: string): HeldRole => ({
  role: 'PROJECT_MEMBER',
  scope: { level: 'PROJECT', id: project },
  chain: { organizationId: ORG, projectId: project },
  heldSince: daysAgo(100),
});
const environmentRole = (
  environment: string,
  role: HeldRole['role'] = 'ENVIRONMENT_ADMIN',
  tier: HeldRole['environmentTier'] = 'PRODUCTION',
  project = 'p',
): HeldRole => ({
  role,
  scope: { level: 'ENVIRONMENT', id: environment },
  chain: { organizationId: ORG, projectId: project, environmentId: environment },
  environmentTier: tier,
  heldSince: daysAgo(100),
  lastUsedAt: daysAgo(1),
});
const key = (id: string, createdDaysAgo: number, lastUsedDaysAgo: number | null): KeyFacts => ({
  id,
  fingerprint: `fp-${id}`,
  createdAt: daysAgo(createdDaysAgo),
  lastUsedAt: lastUsedDaysAgo === null ? null : daysAgo(lastUsedDaysAgo),
});

/** A production deployer meeting every recommendation; each case below changes one thing. */
const model: ServiceAccountFacts = {
  contactEmail: 'coalesce_svc@acme.test',
  roles: [member, projectMember('p'), environmentRole('prod')],
  keys: [key('k1', 10, 0)],
};

const cases: [string, ServiceAccountFacts, [FindingRule, string, string?][]][] = [
  ['meets every recommendation', model, []],
  ['a personal contact email', { ...model, contactEmail: 'ada.lovelace@acme.test' }, [['PERSONAL_CONTACT_EMAIL', 'MEDIUM']]],
  ['no contact email at all', { ...model, contactEmail: null }, [['PERSONAL_CONTACT_EMAIL', 'MEDIUM']]],
  [
    'a role in a development environment',
    { ...model, roles: [...model.roles, environmentRole('dev', 'ENVIRONMENT_READER', 'DEVELOPMENT')] },
    [['ROLE_IN_DEVELOPMENT_ENVIRONMENT', 'MEDIUM', 'dev']],
  ],
  ['roles in QA and UAT environments', { ...model, roles: [...model.roles, environmentRole('qa', 'ENVIRONMENT_READER', 'QA')] }, []],
  [
    'Environment Admin in two environments',
    { ...model, roles: [...model.roles, environmentRole('uat', 'ENVIRONMENT_ADMIN', 'UAT')] },
    [['ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS', 'HIGH']],
  ],
  ['no key', { ...model, keys: [] }, [['NO_KEY', 'LOW']]],
  ['a key older than the maximum age', { ...model, keys: [key('old', 91, 0)] }, [['KEY_TOO_OLD', 'HIGH']]],
  ['a key exactly at the maximum age', { ...model, keys: [key('k90', 90, 0)] }, []],
  ['a key never used', { ...model, keys: [key('k1', 10, 0), key('new', 1, null)] }, [['KEY_NEVER_USED', 'LOW']]],
  [
    'an environment role unused for longer than the window',
    { ...model, roles: [member, projectMember('p'), { ...environmentRole('prod'), lastUsedAt: daysAgo(31) }] },
    // Nothing inside the organization or the project was used either, so their memberships are unused too.
    [
      ['ROLE_UNUSED', 'MEDIUM', ORG],
      ['ROLE_UNUSED', 'MEDIUM', 'p'],
      ['ROLE_UNUSED', 'MEDIUM', 'prod'],
    ],
  ],
  [
    'an environment role never used, beside one in use in another project',
    { ...model, roles: [...model.roles, projectMember('q'), { ...environmentRole('q-prod', 'ENVIRONMENT_READER', 'PRODUCTION', 'q'), lastUsedAt: undefined }] },
    [
      ['ROLE_UNUSED', 'MEDIUM', 'q'],
      ['ROLE_UNUSED', 'MEDIUM', 'q-prod'],
    ],
  ],
  [
    'an unused role held for less than the window (usage not yet known)',
    { ...model, roles: [...model.roles, { ...environmentRole('qa', 'ENVIRONMENT_READER', 'QA'), heldSince: daysAgo(29), lastUsedAt: undefined }] },
    [],
  ],
  [
    'an unused role of unknown age (imported)',
    { ...model, roles: [...model.roles, { ...environmentRole('qa', 'ENVIRONMENT_READER', 'QA'), heldSince: undefined, lastUsedAt: undefined }] },
    [],
  ],
];

describe('the service-account advisor', () => {
  it.each(cases)('%s', (_case, facts, expected) => {
    const findings = serviceAccountFindings(facts, SETTINGS);
    expect(findings.map((f) => [f.rule, f.severity, ...(f.scope ? [f.scope.id] : [])])).toEqual(expected);
    for (const finding of findings) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.fix.length).toBeGreaterThan(10);
    }
  });

  it('names the key of key findings and the role of role findings', () => {
    const facts: ServiceAccountFacts = { ...model, keys: [key('old', 200, null)], roles: [...model.roles, environmentRole('dev', 'ENVIRONMENT_READER', 'DEVELOPMENT')] };
    const findings = serviceAccountFindings(facts, SETTINGS);
    expect(findings.find((f) => f.rule === 'KEY_TOO_OLD')).toMatchObject({ keyId: 'old', message: expect.stringContaining('200 days') });
    expect(findings.find((f) => f.rule === 'KEY_NEVER_USED')).toMatchObject({ keyId: 'old' });
    expect(findings.find((f) => f.rule === 'ROLE_IN_DEVELOPMENT_ENVIRONMENT')).toMatchObject({ role: 'ENVIRONMENT_READER', scope: { level: 'ENVIRONMENT', id: 'dev' } });
  });

  it('lists the severest findings first', () => {
    const facts: ServiceAccountFacts = { contactEmail: 'ada@acme.test', roles: model.roles, keys: [key('old', 200, null)] };
    expect(serviceAccountFindings(facts, SETTINGS).map((f) => f.severity)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
  });

  it('follows the configured pattern, key age and usage window', () => {
    const strict: AdvisorSettings = { sharedMailboxPattern: /^team-/i, keyMaxAgeDays: 5, roleUnusedDays: 200, now: NOW };
    expect(serviceAccountFindings(model, strict).map((f) => f.rule)).toEqual(['KEY_TOO_OLD', 'PERSONAL_CONTACT_EMAIL']);
    expect(serviceAccountFindings({ ...model, contactEmail: 'team-data@acme.test' }, { ...strict, keyMaxAgeDays: 365 })).toEqual([]);
  });
});
