import type { ScopeRef } from '../domain/scope.js';
import type { Environment } from '../persistence/entities/environment.entity.js';
import type { Project } from '../persistence/entities/project.entity.js';
import { EnvironmentRepository } from '../persistence/repositories/environment.repository.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import { ProjectRepository } from '../persistence/repositories/project.repository.js';
import { applyGrantPlan } from './apply-grant-plan.js';
import type { ChangeResult } from './change-result.js';
import { filteredPage } from './filtered-page.js';
import { requireId, requireName, requireTier } from './input.js';
import type { ServiceContext } from './service-context.js';

/** Projects and environments: creating them (authorised by the policy) and listing what the caller may see. */
export class ScopeService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Creates a project; its creator becomes Project Admin (a service account, Project Member). */
  async createProject(organizationId: string, name: string): Promise<ChangeResult<Project>> {
    const orgId = requireId(organizationId, 'organizationId');
    const validName = requireName(name, 'name');
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: orgId });
    const committed = await this.ctx.change(async (change, authz) => {
      const creation = await authz.policy.createProject(this.ctx.viewer.principalId, orgId);
      const project = await new ProjectRepository(change.em).create({ organizationId: orgId, name: validName, createdById: creation.creatorId });
      change.record({ kind: 'PROJECT_CREATED', organizationId: orgId, scopeLevel: 'PROJECT', scopeId: project.id, projectId: project.id });
      const scope: ScopeRef = { level: 'PROJECT', id: project.id };
      const plan = { changes: [{ kind: 'ASSIGN' as const, principalId: creation.creatorId, scope, newRole: creation.creatorRole, cascade: false }] };
      await applyGrantPlan(change, authz.store, plan);
      return { project, plan };
    });
    return { revision: committed.revision!, changes: committed.result.plan.changes, value: committed.result.project };
  }

  /** Creates an environment in a project; the project's roles reach it at once, so no grant changes. */
  async createEnvironment(projectId: string, name: string, tier: string): Promise<ChangeResult<Environment>> {
    const id = requireId(projectId, 'projectId');
    const validName = requireName(name, 'name');
    const validTier = requireTier(tier);
    await this.ctx.visibility.requireVisible({ level: 'PROJECT', id });
    const committed = await this.ctx.change(async (change, authz) => {
      await authz.policy.createEnvironment(this.ctx.viewer.principalId, id);
      const environment = await new EnvironmentRepository(change.em).create({ projectId: id, name: validName, tier: validTier });
      const chain = (await authz.store.scopeChain({ level: 'PROJECT', id }))!;
      change.record({
        kind: 'ENVIRONMENT_CREATED',
        organizationId: chain.organizationId,
        scopeLevel: 'ENVIRONMENT',
        scopeId: environment.id,
        projectId: id,
        environmentId: environment.id,
      });
      return environment;
    });
    return { revision: committed.revision!, changes: [], value: committed.result };
  }

  async project(id: string): Promise<Project> {
    const projectId = requireId(id, 'id');
    await this.ctx.visibility.requireVisible({ level: 'PROJECT', id: projectId });
    return (await new ProjectRepository(this.ctx.em).byIds([projectId]))[0]!;
  }

  async environment(id: string): Promise<Environment> {
    const environmentId = requireId(id, 'id');
    await this.ctx.visibility.requireVisible({ level: 'ENVIRONMENT', id: environmentId });
    return (await new EnvironmentRepository(this.ctx.em).byIds([environmentId]))[0]!;
  }

  /** The organization's projects the caller may see (an organization it belongs to). */
  async projects(organizationId: string, page: PageRequest): Promise<Page<Project>> {
    await this.ctx.visibility.requireVisible({ level: 'ORGANIZATION', id: organizationId });
    return filteredPage(
      (request) => this.ctx.reads.projectsOf(organizationId, request),
      (projects) => this.visible(projects.map((p) => ({ level: 'PROJECT', id: p.id }))),
      (project) => project.id,
      page,
    );
  }

  /** The project's environments the caller may see. */
  async environments(projectId: string, page: PageRequest): Promise<Page<Environment>> {
    await this.ctx.visibility.requireVisible({ level: 'PROJECT', id: projectId });
    return filteredPage(
      (request) => this.ctx.reads.environmentsOf(projectId, request),
      (environments) => this.visible(environments.map((e) => ({ level: 'ENVIRONMENT', id: e.id }))),
      (environment) => environment.id,
      page,
    );
  }

  private visible(scopes: readonly ScopeRef[]): Promise<boolean[]> {
    return Promise.all(scopes.map((scope) => this.ctx.visibility.canSee(scope)));
  }
}
