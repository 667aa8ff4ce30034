import { describe, expect, it } from 'vitest';
import type { GrantChange, GrantPlan } from '../../src/authz/grant-plan.js';
import type { PolicyRule } from '../../src/domain/errors.js';
import { ConflictError, NotFoundError, PolicyViolationError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import { ROLES } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { readReferenceRoleList } from '../domain/reference-tables.js';
import type { Acme } from './fixtures.js';
import { acme, sortIds } from './fixtures.js';

/**
 * The grant policy of shared/reference/role-tables.md ("Who may change access", "How grants
 * apply"): who may give, change and remove which role where, and what a change takes with it.
 * Every refusal is a PolicyViolationError naming its rule; its message is what the caller reads.
 */

async function refusal(attempt: Promise<unknown>): Promise<PolicyViolationError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PolicyViolationError);
  return error as PolicyViolationError;
}

async function expectRefusal(attempt: Promise<unknown>, rule: PolicyRule, code: string, message: string): Promise<PolicyViolationError> {
  const error = await refusal(attempt);
  expect({ rule: error.rule, code: error.code, detailsRule: error.details.rule, message: error.message }).toEqual({ rule, code, detailsRule: rule, message });
  return error;
}

const assigned = (principalId: string, scope: ScopeRef, newRole: RoleKey): GrantChange => ({ kind: 'ASSIGN', principalId, scope, newRole, cascade: false });
const changed = (principalId: string, scope: ScopeRef, oldRole: RoleKey, newRole: RoleKey): GrantChange => ({ kind: 'CHANGE', principalId, scope, oldRole, newRole, cascade: false });
const revoked = (principalId: string, scope: ScopeRef, oldRole: RoleKey, cascade: boolean): GrantChange => ({ kind: 'REVOKE', principalId, scope, oldRole, cascade });

/** Applies a plan to the fixture's store, as the service does in one transaction. */
function apply(fixture: Acme, plan: GrantPlan): void {
  for (const change of plan.changes) {
    if (change.kind === 'REVOKE') fixture.store.removeGrant(change.principalId, change.scope);
    else fixture.store.setGrant({ principalId: change.principalId, scope: change.scope, role: change.newRole! });
  }
}

function newServiceAccount(fixture: Acme, name = 'Deployer'): string {
  const id = newId();
  fixture.store.addPrincipal({ id, kind: 'SERVICE_ACCOUNT', displayName: name, disabled: false });
  return id;
}

function newUser(fixture: Acme, name = 'Newcomer'): string {
  const id = newId();
  fixture.store.addPrincipal({ id, kind: 'USER', displayName: name, disabled: false });
  return id;
}

describe('creating a project makes its creator a member of it', () => {
  it('a user who creates a project becomes its Project Admin', async () => {
    const { policy, p, s } = acme();
    expect(await policy.createProject(p.dev, s.org.id)).toEqual({ organizationId: s.org.id, creatorId: p.dev, creatorRole: 'PROJECT_ADMIN' });
    expect((await policy.createProject(p.admin, s.org.id)).creatorRole).toBe('PROJECT_ADMIN');
  });

  it('a service account that creates a project becomes its Project Member, since it cannot hold Project Admin', async () => {
    const fixture = acme();
    const { policy, store, s } = fixture;
    const bot = newServiceAccount(fixture);
    store.setGrant({ principalId: bot, scope: s.org, role: 'ORG_CONTRIBUTOR' });
    expect(await policy.createProject(bot, s.org.id)).toEqual({ organizationId: s.org.id, creatorId: bot, creatorRole: 'PROJECT_MEMBER' });
  });

  it('the creator’s Project Admin is a normal grant: it reaches the project, and an Org Admin can revoke it', async () => {
    const fixture = acme();
    const { policy, engine, store, p, s } = fixture;
    const created: ScopeRef = { level: 'PROJECT', id: newId() };
    store.addProject(created.id, s.org.id);
    const plan = await policy.createProject(p.dev, s.org.id);
    store.setGrant({ principalId: plan.creatorId, scope: created, role: plan.creatorRole });
    const members = await engine.check({ principalId: p.dev, permissionKey: 'project.settings.members', access: 'WRITE', scope: created });
    expect(members.grants).toEqual([{ role: 'PROJECT_ADMIN', scope: created, access: 'WRITE' }]);
    expect(await policy.revoke(p.admin, p.dev, created)).toEqual({ changes: [revoked(p.dev, created, 'PROJECT_ADMIN', false)] });
  });

  it('refuses a principal without org.projects.create WRITE (an Org Member)', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(
      policy.createProject(p.lead, s.org.id),
      'PERMISSION_REQUIRED',
      'FORBIDDEN',
      `Creating a project in organization ${s.org.id} needs org.projects.create WRITE (Create New Project).`,
    );
  });

  it('lets Project Admins and Org Admins, and nobody else in the project, create an environment', async () => {
    const { policy, p, s } = acme();
    await expect(policy.createEnvironment(p.lead, s.web.id)).resolves.toBeUndefined();
    await expect(policy.createEnvironment(p.admin, s.data.id)).resolves.toBeUndefined();
    await expectRefusal(
      policy.createEnvironment(p.architect, s.web.id),
      'PERMISSION_REQUIRED',
      'FORBIDDEN',
      `Creating an environment in project ${s.web.id} needs project.build.create-environment WRITE (Create a new Environment).`,
    );
  });
});

describe('only Org Admins add members and change or remove organization roles', () => {
  const onlyOrgAdmins = (organizationId: string) => `Only an Org Admin of organization ${organizationId} may add members or change or remove organization roles.`;

  it('an Org Admin adds a principal as Org Member by default, or with any organization role, Org Admin included', async () => {
    const fixture = acme();
    const { policy, p, s } = fixture;
    const newcomer = newUser(fixture);
    expect(await policy.addMember(p.admin, newcomer, s.org.id)).toEqual({ changes: [assigned(newcomer, s.org, 'ORG_MEMBER')] });
    for (const role of ['ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER'] as const) {
      expect(await policy.addMember(p.admin, newcomer, s.org.id, role)).toEqual({ changes: [assigned(newcomer, s.org, role)] });
    }
  });

  it.each([
    ['an Org Contributor', (a: Acme) => a.p.dev],
    ['a Project Admin', (a: Acme) => a.p.lead],
    ['the Org Admin of another organization', (a: Acme) => a.p.globexAdmin],
    ['a principal holding nothing', (a: Acme) => a.p.stranger],
  ])('refuses %s adding a member', async (_, actorOf) => {
    const fixture = acme();
    const newcomer = newUser(fixture);
    await expectRefusal(fixture.policy.addMember(actorOf(fixture), newcomer, fixture.s.org.id), 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', 'FORBIDDEN', onlyOrgAdmins(fixture.s.org.id));
  });

  it('refuses anyone but an Org Admin changing or removing an organization role, even their own', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(policy.assign(p.lead, p.dev, s.org, 'ORG_MEMBER'), 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', 'FORBIDDEN', onlyOrgAdmins(s.org.id));
    await expectRefusal(policy.assign(p.dev, p.dev, s.org, 'ORG_ADMIN'), 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', 'FORBIDDEN', onlyOrgAdmins(s.org.id));
    await expectRefusal(policy.revoke(p.lead, p.architect, s.org), 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', 'FORBIDDEN', onlyOrgAdmins(s.org.id));
    await expectRefusal(policy.removeMember(p.lead, p.architect, s.org.id), 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES', 'FORBIDDEN', onlyOrgAdmins(s.org.id));
  });

  it('an Org Admin changes an organization role, and the plan says which role it replaces', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.admin, p.dev, s.org, 'ORG_ADMIN')).toEqual({ changes: [changed(p.dev, s.org, 'ORG_CONTRIBUTOR', 'ORG_ADMIN')] });
  });

  it('refuses adding a principal that is already a member, naming its role', async () => {
    const { policy, p, s } = acme();
    const error = await policy.addMember(p.admin, p.lead, s.org.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(`Principal ${p.lead} is already a member of organization ${s.org.id} as Org Member; change their role instead.`);
  });

  it('refuses an actor who is disabled, even an Org Admin, whatever it asks', async () => {
    const fixture = acme();
    const { policy, p, s } = fixture;
    const newcomer = newUser(fixture);
    const disabled = `Principal ${p.disabledAdmin} is disabled and may not change access.`;
    await expectRefusal(policy.addMember(p.disabledAdmin, newcomer, s.org.id), 'ACTOR_DISABLED', 'FORBIDDEN', disabled);
    await expectRefusal(policy.assign(p.disabledAdmin, p.lead, s.data, 'PROJECT_MEMBER'), 'ACTOR_DISABLED', 'FORBIDDEN', disabled);
    await expectRefusal(policy.revoke(p.disabledAdmin, p.ci, s.webDev), 'ACTOR_DISABLED', 'FORBIDDEN', disabled);
    await expectRefusal(policy.createProject(p.disabledAdmin, s.org.id), 'ACTOR_DISABLED', 'FORBIDDEN', disabled);
  });

  it('refuses an actor, target or scope that does not exist with NotFoundError', async () => {
    const { policy, p, s } = acme();
    const missing = newId();
    await expect(policy.addMember(missing, p.lead, s.org.id)).rejects.toEqual(NotFoundError.of('principal', missing));
    await expect(policy.addMember(p.admin, missing, s.org.id)).rejects.toEqual(NotFoundError.of('principal', missing));
    await expect(policy.assign(p.admin, p.lead, { level: 'PROJECT', id: missing }, 'PROJECT_MEMBER')).rejects.toEqual(NotFoundError.of('project', missing));
  });
});

describe('the last Org Admin cannot be removed or demoted', () => {
  // Acme's other Org Admin is disabled, so p.admin is the last one that counts.
  const lastOrgAdmin = (principalId: string, organizationId: string) =>
    `Principal ${principalId} is the last Org Admin of organization ${organizationId}; make another principal Org Admin before removing or demoting them.`;

  it('refuses removing the last enabled Org Admin, from its role or from the organization', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(policy.revoke(p.admin, p.admin, s.org), 'LAST_ORG_ADMIN', 'CONFLICT', lastOrgAdmin(p.admin, s.org.id));
    await expectRefusal(policy.removeMember(p.admin, p.admin, s.org.id), 'LAST_ORG_ADMIN', 'CONFLICT', lastOrgAdmin(p.admin, s.org.id));
  });

  it.each(['ORG_CONTRIBUTOR', 'ORG_MEMBER'] as const)('refuses demoting the last enabled Org Admin to %s', async (role) => {
    const { policy, p, s } = acme();
    await expectRefusal(policy.assign(p.admin, p.admin, s.org, role), 'LAST_ORG_ADMIN', 'CONFLICT', lastOrgAdmin(p.admin, s.org.id));
  });

  it('allows both once another enabled Org Admin exists', async () => {
    const fixture = acme();
    const { policy, store, p, s } = fixture;
    store.setGrant({ principalId: p.lead, scope: s.org, role: 'ORG_ADMIN' });
    expect(await policy.assign(p.admin, p.admin, s.org, 'ORG_MEMBER')).toEqual({ changes: [changed(p.admin, s.org, 'ORG_ADMIN', 'ORG_MEMBER')] });
    expect(await policy.revoke(p.lead, p.admin, s.org)).toEqual({ changes: [revoked(p.admin, s.org, 'ORG_ADMIN', false)] });
  });

  it('lets an Org Admin remove a disabled Org Admin, which is not the one that keeps the organization managed', async () => {
    const { policy, p, s } = acme();
    expect(await policy.revoke(p.admin, p.disabledAdmin, s.org)).toEqual({ changes: [revoked(p.disabledAdmin, s.org, 'ORG_ADMIN', false)] });
  });
});

describe('service accounts hold only the five roles the reference allows', () => {
  const allowed = readReferenceRoleList('Service accounts may hold only ', ';');
  const notAllowed = (title: string) =>
    `Service accounts may hold only Org Contributor, Org Member, Project Member, Environment Admin and Environment Reader; ${title} is not allowed.`;

  const levelOf = (role: RoleKey) => ROLES.find((r) => r.key === role)!.level;
  const scopeFor = (fixture: Acme, role: RoleKey): ScopeRef => ({ ORGANIZATION: fixture.s.org, PROJECT: fixture.s.web, ENVIRONMENT: fixture.s.webDev })[levelOf(role)];

  /** A service account holding the memberships `role` needs and nothing at its scope, so only the kind rule can refuse. */
  function serviceAccountReadyFor(fixture: Acme, role: RoleKey): string {
    const bot = newServiceAccount(fixture);
    if (levelOf(role) !== 'ORGANIZATION') fixture.store.setGrant({ principalId: bot, scope: fixture.s.org, role: 'ORG_MEMBER' });
    if (levelOf(role) === 'ENVIRONMENT') fixture.store.setGrant({ principalId: bot, scope: fixture.s.web, role: 'PROJECT_MEMBER' });
    return bot;
  }

  it('the reference lists five roles', () => {
    expect([...allowed].sort()).toEqual(['ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_MEMBER']);
  });

  it.each(ROLES.filter((r) => !allowed.includes(r.key)).map((r) => [r.title, r.key] as const))('refuses giving a service account %s, naming the five allowed roles', async (title, role) => {
    const fixture = acme();
    const bot = serviceAccountReadyFor(fixture, role);
    const error = await expectRefusal(fixture.policy.assign(fixture.p.admin, bot, scopeFor(fixture, role), role), 'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED', 'BAD_USER_INPUT', notAllowed(title));
    expect([...(error.details.allowedRoles as RoleKey[])].sort()).toEqual([...allowed].sort());
  });

  it('refuses adding a service account to an organization as Org Admin', async () => {
    const fixture = acme();
    const bot = newServiceAccount(fixture);
    await expectRefusal(fixture.policy.addMember(fixture.p.admin, bot, fixture.s.org.id, 'ORG_ADMIN'), 'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED', 'BAD_USER_INPUT', notAllowed('Org Admin'));
  });

  it.each(ROLES.filter((r) => allowed.includes(r.key)).map((r) => [r.title, r.key] as const))('allows giving a service account %s', async (_, role) => {
    const fixture = acme();
    const bot = serviceAccountReadyFor(fixture, role);
    const scope = scopeFor(fixture, role);
    expect(await fixture.policy.assign(fixture.p.admin, bot, scope, role)).toEqual({ changes: [assigned(bot, scope, role)] });
  });
});

describe('membership prerequisites', () => {
  it('refuses a project role for a principal that is not a member of the organization, naming it', async () => {
    const fixture = acme();
    const newcomer = newUser(fixture);
    await expectRefusal(
      fixture.policy.assign(fixture.p.admin, newcomer, fixture.s.web, 'PROJECT_MEMBER'),
      'ORGANIZATION_MEMBERSHIP_REQUIRED',
      'BAD_USER_INPUT',
      `Principal ${newcomer} is not a member of organization ${fixture.s.org.id}; add them to the organization before giving them Project Member.`,
    );
  });

  it('refuses an environment role for a non-member by naming the organization membership first', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(
      policy.assign(p.admin, p.stranger, s.webProd, 'ENVIRONMENT_READER'),
      'ORGANIZATION_MEMBERSHIP_REQUIRED',
      'BAD_USER_INPUT',
      `Principal ${p.stranger} is not a member of organization ${s.org.id}; add them to the organization before giving them Environment Reader.`,
    );
  });

  it('refuses an environment role for a member without a role in the environment’s project, naming the project', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(
      policy.assign(p.admin, p.architect, s.dataQa, 'ENVIRONMENT_READER'),
      'PROJECT_ROLE_REQUIRED',
      'BAD_USER_INPUT',
      `Principal ${p.architect} holds no role in project ${s.data.id}; give them a project role (Project Member is enough) before giving them Environment Reader.`,
    );
  });

  it('accepts the same roles once the prerequisites are held', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.admin, p.architect, s.data, 'PROJECT_MEMBER')).toEqual({ changes: [assigned(p.architect, s.data, 'PROJECT_MEMBER')] });
    expect(await policy.assign(p.admin, p.architect, s.webDev, 'ENVIRONMENT_READER')).toEqual({ changes: [assigned(p.architect, s.webDev, 'ENVIRONMENT_READER')] });
  });

  it('refuses a role held at the wrong level of scope', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(
      policy.assign(p.admin, p.lead, s.org, 'PROJECT_ADMIN'),
      'ROLE_LEVEL_MISMATCH',
      'BAD_USER_INPUT',
      `Project Admin is a project role; it can be held only at a project, not at organization ${s.org.id}.`,
    );
    await expectRefusal(
      policy.assign(p.admin, p.lead, s.web, 'ENVIRONMENT_ADMIN'),
      'ROLE_LEVEL_MISMATCH',
      'BAD_USER_INPUT',
      `Environment Admin is an environment role; it can be held only at an environment, not at project ${s.web.id}.`,
    );
  });
});

describe('who assigns project and environment roles', () => {
  const membersRequired = (projectId: string) =>
    `Assigning or removing roles in project ${projectId} needs Org Admin or project.settings.members WRITE (Members) on the project.`;

  it('an Org Admin, or a Project Admin (project.settings.members WRITE), assigns and removes project roles', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.admin, p.architect, s.web, 'PROJECT_ADMIN')).toEqual({ changes: [changed(p.architect, s.web, 'PROJECT_ARCHITECT', 'PROJECT_ADMIN')] });
    expect(await policy.assign(p.lead, p.architect, s.web, 'PROJECT_CONTRIBUTOR')).toEqual({ changes: [changed(p.architect, s.web, 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR')] });
    expect(await policy.revoke(p.lead, p.architect, s.web)).toEqual({ changes: [revoked(p.architect, s.web, 'PROJECT_ARCHITECT', false)] });
  });

  it('refuses a project role to whoever holds project.settings.members only READ (Architect, Contributor), or holds nothing in the project', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(policy.assign(p.architect, p.dev, s.web, 'PROJECT_MEMBER'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
    await expectRefusal(policy.revoke(p.dev, p.architect, s.web), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
    await expectRefusal(policy.assign(p.lead, p.ci, s.data, 'PROJECT_MEMBER'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.data.id));
  });

  it('checks authority before the change, so an actor without it learns nothing about the target', async () => {
    const { policy, p, s } = acme();
    // The architect already holds this role, and service accounts may not hold it: both stay hidden.
    await expectRefusal(policy.assign(p.dev, p.architect, s.web, 'PROJECT_ARCHITECT'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
    await expectRefusal(policy.assign(p.dev, p.ci, s.web, 'PROJECT_ADMIN'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
  });

  it('an Environment Admin assigns and removes Environment Reader in its environment', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.ci, p.architect, s.webDev, 'ENVIRONMENT_READER')).toEqual({ changes: [assigned(p.architect, s.webDev, 'ENVIRONMENT_READER')] });
    expect(await policy.revoke(p.ci, p.dev, s.webDev)).toEqual({ changes: [revoked(p.dev, s.webDev, 'ENVIRONMENT_READER', false)] });
  });

  it('refuses an Environment Admin anything but Environment Reader, naming the role', async () => {
    const { policy, p, s } = acme();
    const onlyReader = `An Environment Admin may assign and remove only Environment Reader in environment ${s.webDev.id}; Environment Admin needs Org Admin or project.settings.members WRITE on the project.`;
    await expectRefusal(policy.assign(p.ci, p.architect, s.webDev, 'ENVIRONMENT_ADMIN'), 'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER', 'FORBIDDEN', onlyReader);
    // Turning an Environment Reader into an Environment Admin involves Environment Admin too.
    await expectRefusal(policy.assign(p.ci, p.dev, s.webDev, 'ENVIRONMENT_ADMIN'), 'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER', 'FORBIDDEN', onlyReader);
    const onlyReaderInProd = `An Environment Admin may assign and remove only Environment Reader in environment ${s.webProd.id}; Environment Admin needs Org Admin or project.settings.members WRITE on the project.`;
    await expectRefusal(policy.revoke(p.ci, p.lead, s.webProd), 'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER', 'FORBIDDEN', onlyReaderInProd);
  });

  it('refuses an Environment Admin of another environment, one whose role is orphaned, and any Environment Admin at the project', async () => {
    const fixture = acme();
    const { policy, store, p, s } = fixture;
    const prodAdmin = newUser(fixture, 'Prod admin');
    store.setGrant({ principalId: prodAdmin, scope: s.org, role: 'ORG_MEMBER' });
    store.setGrant({ principalId: prodAdmin, scope: s.web, role: 'PROJECT_MEMBER' });
    store.setGrant({ principalId: prodAdmin, scope: s.webProd, role: 'ENVIRONMENT_ADMIN' });
    await expectRefusal(policy.assign(prodAdmin, p.architect, s.webDev, 'ENVIRONMENT_READER'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
    // orphanEnv's Environment Admin of QA lacks a project role in Data, so it counts for nothing.
    await expectRefusal(policy.assign(p.orphanEnv, p.ci, s.dataQa, 'ENVIRONMENT_READER'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.data.id));
    await expectRefusal(policy.assign(p.ci, p.architect, s.web, 'PROJECT_MEMBER'), 'MEMBERS_PERMISSION_REQUIRED', 'FORBIDDEN', membersRequired(s.web.id));
  });
});

describe('nobody but an Org Admin grants a role they could not hold themselves', () => {
  const notHeld = (role: string, scope: ScopeRef, missing: string) =>
    `You cannot grant ${role} at ${scope.level.toLowerCase()} ${scope.id}: it grants ${missing}, which you do not hold there. Only an Org Admin may grant a role beyond their own access.`;

  it('refuses a Project Admin giving Environment Admin in its project, naming every permission it lacks there', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(
      policy.assign(p.lead, p.dev, s.webDev, 'ENVIRONMENT_ADMIN'),
      'CANNOT_GRANT_ROLE_NOT_HELD',
      'FORBIDDEN',
      notHeld(
        'Environment Admin',
        s.webDev,
        'environment.settings WRITE, environment.deploy WRITE, environment.refresh WRITE, environment.schedules WRITE and environment.projects.list READ',
      ),
    );
  });

  it('refuses a Project Admin giving Environment Reader where it holds no environment role (environment.projects.list READ)', async () => {
    const { policy, p, s } = acme();
    await expectRefusal(policy.assign(p.lead, p.architect, s.webDev, 'ENVIRONMENT_READER'), 'CANNOT_GRANT_ROLE_NOT_HELD', 'FORBIDDEN', notHeld('Environment Reader', s.webDev, 'environment.projects.list READ'));
  });

  it('lets a Project Admin give an environment role it holds there itself', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.lead, p.architect, s.webProd, 'ENVIRONMENT_ADMIN')).toEqual({ changes: [assigned(p.architect, s.webProd, 'ENVIRONMENT_ADMIN')] });
    expect(await policy.assign(p.lead, p.dev, s.webProd, 'ENVIRONMENT_READER')).toEqual({ changes: [assigned(p.dev, s.webProd, 'ENVIRONMENT_READER')] });
  });

  it('lets a Project Admin give every project role, each of which it holds', async () => {
    const fixture = acme();
    const { policy, store, p, s } = fixture;
    const newcomer = newUser(fixture);
    store.setGrant({ principalId: newcomer, scope: s.org, role: 'ORG_MEMBER' });
    for (const role of ['PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER'] as const) {
      expect(await policy.assign(p.lead, newcomer, s.web, role)).toEqual({ changes: [assigned(newcomer, s.web, role)] });
    }
  });

  it('lets an Org Admin give any role at any scope of its organization', async () => {
    const { policy, p, s } = acme();
    expect(await policy.assign(p.admin, p.dev, s.webDev, 'ENVIRONMENT_ADMIN')).toEqual({ changes: [changed(p.dev, s.webDev, 'ENVIRONMENT_READER', 'ENVIRONMENT_ADMIN')] });
    expect(await policy.assign(p.admin, p.lead, s.data, 'PROJECT_ADMIN')).toEqual({ changes: [assigned(p.lead, s.data, 'PROJECT_ADMIN')] });
  });
});

describe('removing a membership removes what depends on it, as separate changes', () => {
  it('removing a member from the organization revokes its organization role, then each project role, then each environment role', async () => {
    const { policy, p, s } = acme();
    const [firstProject, secondProject] = sortIds([s.web.id, s.data.id]).map((id): ScopeRef => ({ level: 'PROJECT', id }));
    const [firstEnv, secondEnv] = sortIds([s.webDev.id, s.webProd.id]).map((id): ScopeRef => ({ level: 'ENVIRONMENT', id }));
    expect(await policy.removeMember(p.admin, p.ci, s.org.id)).toEqual({
      changes: [
        revoked(p.ci, s.org, 'ORG_MEMBER', false),
        revoked(p.ci, firstProject!, 'PROJECT_MEMBER', true),
        revoked(p.ci, secondProject!, 'PROJECT_MEMBER', true),
        revoked(p.ci, firstEnv!, 'ENVIRONMENT_ADMIN', true),
        revoked(p.ci, secondEnv!, 'ENVIRONMENT_ADMIN', true),
      ],
    });
  });

  it('revoking a project role revokes the environment roles in that project only', async () => {
    const fixture = acme();
    const { policy, store, p, s } = fixture;
    store.setGrant({ principalId: p.ci, scope: s.dataQa, role: 'ENVIRONMENT_READER' });
    const [firstEnv, secondEnv] = sortIds([s.webDev.id, s.webProd.id]).map((id): ScopeRef => ({ level: 'ENVIRONMENT', id }));
    expect(await policy.revoke(p.lead, p.ci, s.web)).toEqual({
      changes: [revoked(p.ci, s.web, 'PROJECT_MEMBER', false), revoked(p.ci, firstEnv!, 'ENVIRONMENT_ADMIN', true), revoked(p.ci, secondEnv!, 'ENVIRONMENT_ADMIN', true)],
    });
  });

  it('revoking an environment role takes nothing else with it', async () => {
    const { policy, p, s } = acme();
    expect(await policy.revoke(p.lead, p.ci, s.webProd)).toEqual({ changes: [revoked(p.ci, s.webProd, 'ENVIRONMENT_ADMIN', false)] });
  });

  it('takes orphaned grants along, so no later membership revives them', async () => {
    const { policy, p, s } = acme();
    expect(await policy.removeMember(p.admin, p.orphanEnv, s.org.id)).toEqual({
      changes: [revoked(p.orphanEnv, s.org, 'ORG_MEMBER', false), revoked(p.orphanEnv, s.dataQa, 'ENVIRONMENT_ADMIN', true)],
    });
  });

  it('plans without applying: the store is unchanged until the plan is applied, and then the principal holds nothing', async () => {
    const fixture = acme();
    const { policy, engine, store, p, s } = fixture;
    const before = await store.grantsInOrganization(p.lead, s.org.id);
    const plan = await policy.removeMember(p.admin, p.lead, s.org.id);
    expect(await store.grantsInOrganization(p.lead, s.org.id)).toEqual(before);
    apply(fixture, plan);
    expect(await store.grantsInOrganization(p.lead, s.org.id)).toEqual([]);
    expect((await engine.effectivePermissions(p.lead, s.webProd)).permissions).toEqual([]);
  });

  it('refuses removing a role the target does not hold, with NotFoundError', async () => {
    const { policy, p, s } = acme();
    const error = await policy.revoke(p.admin, p.architect, s.data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe(`Principal ${p.architect} holds no role at project ${s.data.id}.`);
  });

  it('refuses giving a role the target already holds, with ConflictError', async () => {
    const { policy, p, s } = acme();
    const error = await policy.assign(p.admin, p.architect, s.web, 'PROJECT_ARCHITECT').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(`Principal ${p.architect} already holds Project Architect at project ${s.web.id}.`);
  });
});
