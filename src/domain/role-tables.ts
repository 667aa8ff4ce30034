/**
 * Rolegate's role tables: the permission catalog and the nine roles' grants.
 *
 * This module is the only place in the code that knows the tables. It transcribes
 * `shared/reference/role-tables.md` row by row; `test/domain/role-tables.test.ts` parses that
 * document and proves the two agree cell by cell.
 *
 * Provenance of the rows (kept here because the API documents it to users):
 * - Organization level: Coalesce's published matrix, plus `org.user.api-tokens`, which Rolegate
 *   lists explicitly because the role summaries say all three organization roles create API tokens.
 * - Project and environment levels: Rolegate's own decisions. Coalesce's published project and
 *   environment matrices could not be recovered; these rows are derived from its role summaries.
 *   Org Admin's W on every project row is published; the project and environment columns are not.
 */
import type { ScopeLevel } from './scope.js';

export type Access = 'READ' | 'WRITE';

/** Which document a row comes from: Coalesce's published matrix, or a decision of Rolegate's. */
export type RowSource = 'COALESCE_PUBLISHED' | 'ROLEGATE_DECISION';

export type RoleKey =
  | 'ORG_ADMIN'
  | 'ORG_CONTRIBUTOR'
  | 'ORG_MEMBER'
  | 'PROJECT_ADMIN'
  | 'PROJECT_ARCHITECT'
  | 'PROJECT_CONTRIBUTOR'
  | 'PROJECT_MEMBER'
  | 'ENVIRONMENT_ADMIN'
  | 'ENVIRONMENT_READER';

export interface RoleDefinition {
  readonly key: RoleKey;
  readonly title: string;
  /** The level of scope the role is held at. */
  readonly level: ScopeLevel;
  /** Whether holding the role anywhere in an organization uses a licence seat. */
  readonly usesSeat: boolean;
  /** Whether a service account may hold the role. */
  readonly allowedForServiceAccounts: boolean;
}

export interface PermissionDefinition {
  readonly key: string;
  readonly level: ScopeLevel;
  readonly group: string;
  readonly title: string;
  readonly source: RowSource;
  /** What each role grants on this permission; a role absent from the map grants nothing. */
  readonly grants: Readonly<Partial<Record<RoleKey, Access>>>;
}

export const ROLES: readonly RoleDefinition[] = [
  { key: 'ORG_ADMIN', title: 'Org Admin', level: 'ORGANIZATION', usesSeat: true, allowedForServiceAccounts: false },
  { key: 'ORG_CONTRIBUTOR', title: 'Org Contributor', level: 'ORGANIZATION', usesSeat: false, allowedForServiceAccounts: true },
  { key: 'ORG_MEMBER', title: 'Org Member', level: 'ORGANIZATION', usesSeat: false, allowedForServiceAccounts: true },
  { key: 'PROJECT_ADMIN', title: 'Project Admin', level: 'PROJECT', usesSeat: true, allowedForServiceAccounts: false },
  { key: 'PROJECT_ARCHITECT', title: 'Project Architect', level: 'PROJECT', usesSeat: true, allowedForServiceAccounts: false },
  { key: 'PROJECT_CONTRIBUTOR', title: 'Project Contributor', level: 'PROJECT', usesSeat: true, allowedForServiceAccounts: false },
  { key: 'PROJECT_MEMBER', title: 'Project Member', level: 'PROJECT', usesSeat: false, allowedForServiceAccounts: true },
  { key: 'ENVIRONMENT_ADMIN', title: 'Environment Admin', level: 'ENVIRONMENT', usesSeat: false, allowedForServiceAccounts: true },
  { key: 'ENVIRONMENT_READER', title: 'Environment Reader', level: 'ENVIRONMENT', usesSeat: false, allowedForServiceAccounts: true },
];

const W: Access = 'WRITE';
const R: Access = 'READ';

type OrgMarks = [admin: Access | null, contributor: Access | null, member: Access | null];
type ProjectMarks = [admin: Access | null, architect: Access | null, contributor: Access | null, member: Access | null];
type EnvironmentMarks = [
  envAdmin: Access | null,
  envReader: Access | null,
  projectAdmin: Access | null,
  projectArchitect: Access | null,
  projectContributor: Access | null,
  projectMember: Access | null,
];

function marks<K extends RoleKey>(roles: readonly K[], values: readonly (Access | null)[]): Partial<Record<RoleKey, Access>> {
  const grants: Partial<Record<RoleKey, Access>> = {};
  roles.forEach((role, i) => {
    const access = values[i];
    if (access) grants[role] = access;
  });
  return grants;
}

function orgRow(key: string, group: string, title: string, m: OrgMarks, source: RowSource = 'COALESCE_PUBLISHED'): PermissionDefinition {
  return { key, level: 'ORGANIZATION', group, title, source, grants: marks(['ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER'], m) };
}

/** Org Admin holds every project row (published); the project columns are Rolegate's. */
function projectRow(key: string, group: string, title: string, m: ProjectMarks): PermissionDefinition {
  const roles = ['PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER'] as const;
  return { key, level: 'PROJECT', group, title, source: 'ROLEGATE_DECISION', grants: { ORG_ADMIN: W, ...marks(roles, m) } };
}

/** Org Admin holds every environment row; the rest of the table is Rolegate's. */
function environmentRow(key: string, title: string, m: EnvironmentMarks): PermissionDefinition {
  const roles = [
    'ENVIRONMENT_ADMIN',
    'ENVIRONMENT_READER',
    'PROJECT_ADMIN',
    'PROJECT_ARCHITECT',
    'PROJECT_CONTRIBUTOR',
    'PROJECT_MEMBER',
  ] as const;
  return { key, level: 'ENVIRONMENT', group: 'Environment', title, source: 'ROLEGATE_DECISION', grants: { ORG_ADMIN: W, ...marks(roles, m) } };
}

const _ = null;

export const PERMISSIONS: readonly PermissionDefinition[] = [
  orgRow('org.settings.users', 'Organization Settings', 'Users', [W, _, _]),
  orgRow('org.settings.sso', 'Organization Settings', 'SSO', [W, _, _]),
  orgRow('org.settings.preferences', 'Organization Settings', 'Preferences', [W, _, _]),
  orgRow('org.user.git-account', 'User Settings', 'Git Account', [W, W, W]),
  orgRow('org.user.support-information', 'User Settings', 'Support Information', [W, W, W]),
  orgRow('org.user.account-security', 'User Settings', 'Account Security', [W, W, W]),
  orgRow('org.user.api-tokens', 'User Settings', 'API Tokens (own)', [W, W, W], 'ROLEGATE_DECISION'),
  orgRow('org.projects.create', 'Project Management', 'Create New Project', [W, W, _]),
  orgRow('org.docs.org-documentation', 'Documentation', 'Org Level Documentation', [R, R, R]),

  projectRow('project.management.list', 'Project Management', 'List Projects', [R, R, R, R]),
  projectRow('project.management.delete', 'Project Management', 'Delete Project', [_, _, _, _]),
  projectRow('project.management.git-account', 'Project Management', 'Configure Git Account', [W, _, _, _]),
  projectRow('project.settings.details', 'Project Settings', 'Project Details', [W, W, R, _]),
  projectRow('project.settings.git-repository', 'Project Settings', 'Git Repository', [W, R, R, _]),
  projectRow('project.settings.members', 'Project Settings', 'Members', [W, R, R, _]),
  projectRow('project.build.storage-locations', 'Build Settings', 'Storage Locations', [W, W, R, _]),
  projectRow('project.build.workspace-settings', 'Build Settings', 'Workspace Settings', [W, W, R, _]),
  projectRow('project.build.create-environment', 'Build Settings', 'Create a new Environment', [W, _, _, _]),
  projectRow('project.build.macros', 'Build Settings', 'Macros', [W, W, R, _]),
  projectRow('project.build.node-types', 'Build Settings', 'Node Types', [W, W, R, _]),
  projectRow('project.build.packages', 'Build Settings', 'Packages', [W, W, R, _]),
  projectRow('project.sidebar.add-source', 'Build Interface Sidebar', 'Add Source', [W, W, W, _]),
  projectRow('project.sidebar.nodes', 'Build Interface Sidebar', 'Nodes', [W, W, W, _]),
  projectRow('project.sidebar.subgraphs', 'Build Interface Sidebar', 'Subgraphs', [W, W, W, _]),
  projectRow('project.sidebar.jobs', 'Build Interface Sidebar', 'Jobs', [W, W, W, _]),
  projectRow('project.sidebar.problem-scanner', 'Build Interface Sidebar', 'Problem Scanner', [W, W, W, _]),
  projectRow('project.sidebar.git-settings', 'Build Interface Sidebar', 'Git Settings', [W, W, W, _]),
  projectRow('project.workspace.workspace', 'Workspace Settings', 'Workspace', [W, W, W, _]),
  projectRow('project.workspace.user-credentials', 'Workspace Settings', 'User Credentials', [W, W, W, _]),
  projectRow('project.workspace.storage-mapping', 'Workspace Settings', 'Storage Mapping', [W, W, R, _]),
  projectRow('project.workspace.parameters', 'Workspace Settings', 'Parameters', [W, W, R, _]),
  projectRow('project.workspace.oauth-settings', 'Workspace Settings', 'OAuth Settings', [W, W, _, _]),
  projectRow('project.api-tokens.generate', 'API', 'Generate Project API Tokens', [W, W, _, _]),
  projectRow('project.docs.project-documentation', 'Documentation', 'Project Documentation', [R, R, R, R]),

  environmentRow('environment.settings', 'Environment Settings', [W, _, R, _, _, _]),
  environmentRow('environment.deploy', 'Deploy (app, API or CLI)', [W, _, _, _, _, _]),
  environmentRow('environment.refresh', 'Refresh and run jobs', [W, _, _, _, _, _]),
  environmentRow('environment.schedules', 'Schedule Jobs', [W, _, _, _, _, _]),
  environmentRow('environment.deployments', 'Deployment Information', [R, R, R, R, R, _]),
  environmentRow('environment.documentation', 'Environment Documentation', [R, R, R, R, R, _]),
  environmentRow('environment.projects.list', 'List Projects', [R, R, _, _, _, _]),
];

const ROLE_BY_KEY = new Map<RoleKey, RoleDefinition>(ROLES.map((r) => [r.key, r]));
const PERMISSION_BY_KEY = new Map<string, PermissionDefinition>(PERMISSIONS.map((p) => [p.key, p]));

export const ROLE_KEYS: readonly RoleKey[] = ROLES.map((r) => r.key);
export const PERMISSION_KEYS: readonly string[] = PERMISSIONS.map((p) => p.key);

export function isRoleKey(value: string): value is RoleKey {
  return ROLE_BY_KEY.has(value as RoleKey);
}

export function roleDefinition(key: RoleKey): RoleDefinition {
  const role = ROLE_BY_KEY.get(key);
  if (!role) throw new Error(`unknown role ${key}`);
  return role;
}

export function permissionDefinition(key: string): PermissionDefinition | undefined {
  return PERMISSION_BY_KEY.get(key);
}

/** W implies R: does a grant of `granted` satisfy a request for `wanted`? */
export function accessSatisfies(granted: Access, wanted: Access): boolean {
  return granted === 'WRITE' || wanted === 'READ';
}

/** The stronger of two accesses (W wins over R). */
export function strongerAccess(a: Access, b: Access): Access {
  return a === 'WRITE' || b === 'WRITE' ? 'WRITE' : 'READ';
}

/** What `role` grants on `permission`, or undefined. */
export function roleGrants(role: RoleKey, permission: PermissionDefinition): Access | undefined {
  return permission.grants[role];
}

/** The roles that grant `permission` at `access` or stronger. */
export function rolesGranting(permission: PermissionDefinition, access: Access): RoleKey[] {
  return ROLE_KEYS.filter((role) => {
    const granted = permission.grants[role];
    return granted !== undefined && accessSatisfies(granted, access);
  });
}

export const SERVICE_ACCOUNT_ROLES: readonly RoleKey[] = ROLES.filter((r) => r.allowedForServiceAccounts).map((r) => r.key);
