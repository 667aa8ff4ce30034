import { newId } from '../../src/domain/ids.js';
import type { Database } from '../../src/persistence/orm.js';
import { EnvironmentRepository } from '../../src/persistence/repositories/environment.repository.js';
import { OrganizationRepository } from '../../src/persistence/repositories/organization.repository.js';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { ProjectRepository } from '../../src/persistence/repositories/project.repository.js';

/** One organization with one project, one environment and one user, created directly (no events). */
export async function seedTree(db: Database): Promise<{ organizationId: string; projectId: string; environmentId: string; userId: string }> {
  const em = db.fork();
  const organization = await new OrganizationRepository(em).create({ name: 'Acme' });
  const user = await new PrincipalRepository(em).create({ kind: 'USER', displayName: 'Ada', email: `ada-${newId()}@example.com` });
  const project = await new ProjectRepository(em).create({ organizationId: organization.id, name: 'Warehouse', createdById: user.id });
  const environment = await new EnvironmentRepository(em).create({ projectId: project.id, name: 'prod', tier: 'PRODUCTION' });
  return { organizationId: organization.id, projectId: project.id, environmentId: environment.id, userId: user.id };
}
