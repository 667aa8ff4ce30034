import { describe, expect, it } from 'vitest';
import type { CheckRequest, DenialReason } from '../../src/authz/check.js';
import type { GrantStore } from '../../src/authz/grant-store.js';
import { PermissionEngine } from '../../src/authz/permission-engine.js';
import { InvalidInputError, NotFoundError } from '../../src/domain/errors.js';
import { newId } from '../../src/domain/ids.js';
import { acme } from './fixtures.js';

describe('check', () => {
  const { engine, p, s } = acme();

  it('allows with the grants that give at least the access asked, outermost first', async () => {
    const result = await engine.check({ principalId: p.lead, permissionKey: 'environment.deployments', access: 'READ', scope: s.webProd });
    expect(result).toEqual({
      allowed: true,
      request: { principalId: p.lead, permissionKey: 'environment.deployments', access: 'READ', scope: s.webProd },
      grants: [
        { role: 'PROJECT_ADMIN', scope: s.web, access: 'READ' },
        { role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'READ' },
      ],
    });
  });

  it('lists only the grants that give WRITE when WRITE is asked', async () => {
    const result = await engine.check({ principalId: p.lead, permissionKey: 'environment.settings', access: 'WRITE', scope: s.webProd });
    expect(result.grants).toEqual([{ role: 'ENVIRONMENT_ADMIN', scope: s.webProd, access: 'WRITE' }]);
  });

  it('evaluates a permission shallower than the scope at the enclosing scope of its level', async () => {
    const result = await engine.check({ principalId: p.lead, permissionKey: 'project.settings.members', access: 'WRITE', scope: s.webDev });
    expect(result.allowed).toBe(true);
    expect(result.grants).toEqual([{ role: 'PROJECT_ADMIN', scope: s.web, access: 'WRITE' }]);
    const org = await engine.check({ principalId: p.dev, permissionKey: 'org.projects.create', access: 'WRITE', scope: s.webDev });
    expect(org.grants).toEqual([{ role: 'ORG_CONTRIBUTOR', scope: s.org, access: 'WRITE' }]);
  });

  it('gives Org Admin every project and environment permission of its organization', async () => {
    const deploy = await engine.check({ principalId: p.admin, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.dataQa });
    expect(deploy.grants).toEqual([{ role: 'ORG_ADMIN', scope: s.org, access: 'WRITE' }]);
  });

  describe('denials name the reason, the roles and the scope', () => {
    const unknown = newId();
    const cases: [string, CheckRequest, DenialReason, string][] = [
      [
        'an unknown principal',
        { principalId: unknown, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webProd },
        'PRINCIPAL_NOT_FOUND',
        `No principal with id ${unknown} exists.`,
      ],
      [
        'a disabled principal, whatever it holds',
        { principalId: p.disabledAdmin, permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org },
        'PRINCIPAL_DISABLED',
        `Principal ${p.disabledAdmin} is disabled and holds no access.`,
      ],
      [
        'a principal without an organization role, whose project role is then ignored',
        { principalId: p.outsider, permissionKey: 'project.management.list', access: 'READ', scope: s.web },
        'NOT_ORGANIZATION_MEMBER',
        `Principal ${p.outsider} is not a member of organization ${s.org.id} (Project Admin at project ${s.web.id} is ignored without organization membership).`,
      ],
      [
        'a principal of another organization',
        { principalId: p.globexAdmin, permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org },
        'NOT_ORGANIZATION_MEMBER',
        `Principal ${p.globexAdmin} is not a member of organization ${s.org.id}.`,
      ],
      [
        'a member holding no role at the scope, whose enclosing roles do not grant it',
        { principalId: p.dev, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webProd },
        'NO_ROLE_IN_SCOPE',
        `Principal ${p.dev} holds no role at environment ${s.webProd.id}, and Org Contributor at organization ${s.org.id} and Project Contributor at project ${s.web.id} do not grant environment.deploy.`,
      ],
      [
        'a member holding no role at the project, whose organization role does not grant it',
        { principalId: p.architect, permissionKey: 'project.management.list', access: 'READ', scope: s.data },
        'NO_ROLE_IN_SCOPE',
        `Principal ${p.architect} holds no role at project ${s.data.id}, and Org Member at organization ${s.org.id} does not grant project.management.list.`,
      ],
      [
        'an environment role held without a project role (ignored)',
        { principalId: p.orphanEnv, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.dataQa },
        'NO_ROLE_IN_SCOPE',
        `Principal ${p.orphanEnv} holds no role at environment ${s.dataQa.id} (Environment Admin at environment ${s.dataQa.id} is ignored without a project role in project ${s.data.id}), and Org Member at organization ${s.org.id} does not grant environment.deploy.`,
      ],
      [
        'a role that grants READ when WRITE is asked',
        { principalId: p.dev, permissionKey: 'project.settings.details', access: 'WRITE', scope: s.web },
        'ROLE_GRANTS_READ_ONLY',
        `Project Contributor at project ${s.web.id} grants project.settings.details READ only; project.settings.details WRITE is needed.`,
      ],
      [
        'several roles that grant READ when WRITE is asked',
        { principalId: p.lead, permissionKey: 'environment.deployments', access: 'WRITE', scope: s.webProd },
        'ROLE_GRANTS_READ_ONLY',
        `Project Admin at project ${s.web.id} and Environment Admin at environment ${s.webProd.id} grant environment.deployments READ only; environment.deployments WRITE is needed.`,
      ],
      [
        'roles at the scope that do not grant the permission',
        { principalId: p.dev, permissionKey: 'org.settings.users', access: 'READ', scope: s.org },
        'ROLE_DOES_NOT_GRANT',
        `Principal ${p.dev}'s role Org Contributor at organization ${s.org.id} does not grant org.settings.users.`,
      ],
      [
        'an environment role that does not grant the permission',
        { principalId: p.dev, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webDev },
        'ROLE_DOES_NOT_GRANT',
        `Principal ${p.dev}'s roles Org Contributor at organization ${s.org.id}, Project Contributor at project ${s.web.id} and Environment Reader at environment ${s.webDev.id} do not grant environment.deploy.`,
      ],
    ];

    it.each(cases)('denies %s', async (_, request, reason, message) => {
      expect(await engine.check(request)).toEqual({ allowed: false, request, grants: [], denial: { reason, message } });
    });
  });

  describe('refuses questions that have no answer', () => {
    it('an unknown permission key is InvalidInputError', async () => {
      await expect(engine.check({ principalId: p.lead, permissionKey: 'environment.launch', access: 'READ', scope: s.webProd })).rejects.toMatchObject({
        name: 'InvalidInputError',
        code: 'BAD_USER_INPUT',
        message: 'Unknown permission key "environment.launch". Keys look like "environment.deploy"; see the permission catalog.',
      });
    });

    it('a permission deeper than the scope is InvalidInputError', async () => {
      const error = await engine.check({ principalId: p.lead, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.web }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).code).toBe('BAD_USER_INPUT');
      expect((error as Error).message).toMatch(/^environment\.deploy is an environment permission; it cannot be asked at project /);
    });

    it('a scope that does not exist is NotFoundError', async () => {
      await expect(engine.check({ principalId: p.lead, permissionKey: 'environment.deploy', access: 'WRITE', scope: { level: 'ENVIRONMENT', id: newId() } })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('an access other than READ or WRITE, or a malformed scope, is InvalidInputError', async () => {
      await expect(engine.check({ principalId: p.lead, permissionKey: 'environment.deploy', access: 'ADMIN' as never, scope: s.webProd })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(engine.check({ principalId: p.lead, permissionKey: 'environment.deploy', access: 'READ', scope: { level: 'TEAM' as never, id: s.webProd.id } })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    });
  });
});

describe('heldAt', () => {
  const { engine, p, s } = acme();

  it('refuses what check refuses, with the same errors: an unknown key, a permission deeper than the scope, a bad access, a scope that does not exist', async () => {
    const held = await engine.heldAt(p.lead, s.web);
    const refused = [
      ['environment.launch', 'READ'],
      ['environment.deploy', 'WRITE'],
      ['project.settings.members', 'ADMIN'],
    ] as const;
    for (const [permissionKey, access] of refused) {
      const refusal = await engine.check({ principalId: p.lead, permissionKey, access: access as never, scope: s.web }).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(InvalidInputError);
      expect(() => held.holds(permissionKey, access as never)).toThrow(refusal as Error);
    }
    await expect(engine.heldAt(p.lead, { level: 'ENVIRONMENT', id: newId() })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('checkMany', () => {
  function countingStore(store: GrantStore): { store: GrantStore; calls: Record<string, number> } {
    const calls: Record<string, number> = {};
    const counted = new Proxy(store, {
      get(target, name: string) {
        const value = Reflect.get(target, name) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls[name] = (calls[name] ?? 0) + 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { store: counted, calls };
  }

  it('answers each request as check does, in order', async () => {
    const { engine, p, s } = acme();
    const requests: CheckRequest[] = [
      { principalId: p.ci, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webProd },
      { principalId: p.ci, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.dataQa },
      { principalId: p.dev, permissionKey: 'project.sidebar.nodes', access: 'WRITE', scope: s.webDev },
      { principalId: newId(), permissionKey: 'org.docs.org-documentation', access: 'READ', scope: s.org },
    ];
    const batch = await engine.checkMany(requests);
    expect(batch).toEqual(await Promise.all(requests.map((r) => engine.check(r))));
    expect(batch.map((r) => r.allowed)).toEqual([true, false, true, false]);
  });

  it('reads each scope, principal and (principal, chain) from the store once per batch', async () => {
    const { store, p, s } = acme();
    const counted = countingStore(store);
    const engine = new PermissionEngine(counted.store);
    const keys = ['environment.deploy', 'environment.refresh', 'environment.settings', 'project.sidebar.jobs', 'org.projects.create'];
    const requests = [p.ci, p.lead].flatMap((principalId) => keys.map((permissionKey): CheckRequest => ({ principalId, permissionKey, access: 'WRITE', scope: s.webProd })));
    await engine.checkMany(requests);
    // One chain for webProd; three evaluation chains (environment, project, organization) per principal.
    expect(counted.calls).toEqual({ scopeChain: 1, principals: 1, grantsAlongChain: 6 });
  });

  it('fails the whole batch when one request is invalid', async () => {
    const { engine, p, s } = acme();
    await expect(
      engine.checkMany([
        { principalId: p.ci, permissionKey: 'environment.deploy', access: 'WRITE', scope: s.webProd },
        { principalId: p.ci, permissionKey: 'nope', access: 'WRITE', scope: s.webProd },
      ]),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('answers an empty batch with an empty list', async () => {
    expect(await acme().engine.checkMany([])).toEqual([]);
  });
});
