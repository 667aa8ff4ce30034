import type { GrantStore } from '../authz/grant-store.js';
import type { ScopeRef } from '../domain/scope.js';
import type { Environment } from '../persistence/entities/environment.entity.js';
import type { Project } from '../persistence/entities/project.entity.js';
import type { Page, PageRequest } from '../persistence/repositories/page.js';
import type { Membership } from '../persistence/repositories/role-assignment.repository.js';

/**
 * The reads a request's services make once per parent (per project, per member...). The transport
 * gathers those of all its resolvers into one statement each and remembers the answers for the
 * request (`graphql/loaders`), so a nested query costs the same whatever the number of parents.
 *
 * Remembered answers predate any change the request makes: `forget()` drops them all, and
 * `ServiceContext.change()` calls it after every change.
 */
export interface RequestReads {
  /** The permission engine's store for the request's reads (never a change's: that has its own). */
  readonly grants: GrantStore;
  /** An organization's projects by id. */
  projectsOf(organizationId: string, page: PageRequest): Promise<Page<Project>>;
  /** A project's environments by id. */
  environmentsOf(projectId: string, page: PageRequest): Promise<Page<Environment>>;
  /** The roles held exactly at a scope, by principal id. */
  membersAt(scope: ScopeRef, page: PageRequest): Promise<Page<Membership>>;
  forget(): void;
}
