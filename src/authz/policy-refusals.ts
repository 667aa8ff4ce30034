import type { PermissionDefinition, RoleKey } from '../domain/role-tables.js';
import { roleDefinition, SERVICE_ACCOUNT_ROLES } from '../domain/role-tables.js';
import { PolicyViolationError } from '../domain/errors.js';
import type { ScopeRef } from '../domain/scope.js';
import { describeScope, listInWords, roleTitle } from './wording.js';

/**
 * The grant policy's refusals, one factory per rule, each message naming the rule and what to do
 * instead. FORBIDDEN: the actor lacks authority. BAD_USER_INPUT / CONFLICT: the change breaks a
 * rule whoever asks.
 */
export const refuse = {
  actorDisabled(actorId: string): PolicyViolationError {
    return new PolicyViolationError('ACTOR_DISABLED', 'FORBIDDEN', `Principal ${actorId} is disabled and may not change access.`, { actorId });
  },

  onlyOrgAdmins(organizationId: string): PolicyViolationError {
    return new PolicyViolationError(
      'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES',
      'FORBIDDEN',
      `Only an Org Admin of ${describeScope({ level: 'ORGANIZATION', id: organizationId })} may add members or change or remove organization roles.`,
      { organizationId },
    );
  },

  membersPermissionRequired(projectId: string): PolicyViolationError {
    return new PolicyViolationError(
      'MEMBERS_PERMISSION_REQUIRED',
      'FORBIDDEN',
      `Assigning or removing roles in ${describeScope({ level: 'PROJECT', id: projectId })} needs Org Admin or project.settings.members WRITE (Members) on the project.`,
      { projectId },
    );
  },

  environmentAdminAssignsOnlyReader(environmentId: string, role: RoleKey): PolicyViolationError {
    return new PolicyViolationError(
      'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER',
      'FORBIDDEN',
      `An Environment Admin may assign and remove only Environment Reader in ${describeScope({ level: 'ENVIRONMENT', id: environmentId })}; ` +
        `${roleTitle(role)} needs Org Admin or project.settings.members WRITE on the project.`,
      { environmentId, role },
    );
  },

  cannotGrantRoleNotHeld(role: RoleKey, scope: ScopeRef, missing: readonly string[]): PolicyViolationError {
    return new PolicyViolationError(
      'CANNOT_GRANT_ROLE_NOT_HELD',
      'FORBIDDEN',
      `You cannot grant ${roleTitle(role)} at ${describeScope(scope)}: it grants ${listInWords(missing)}, which you do not hold there. ` +
        'Only an Org Admin may grant a role beyond their own access.',
      { role, scope, missing },
    );
  },

  orgAdminOfEveryOrganizationRequired(principalId: string): PolicyViolationError {
    return new PolicyViolationError(
      'ORG_ADMIN_OF_EVERY_ORGANIZATION_REQUIRED',
      'FORBIDDEN',
      `Disabling or enabling principal ${principalId} needs Org Admin in every organization it belongs to; ` +
        'remove it from your organization instead.',
      { principalId },
    );
  },

  lastOrgAdmin(principalId: string, organizationId: string): PolicyViolationError {
    return new PolicyViolationError(
      'LAST_ORG_ADMIN',
      'CONFLICT',
      `Principal ${principalId} is the last Org Admin of ${describeScope({ level: 'ORGANIZATION', id: organizationId })}; ` +
        'make another principal Org Admin before removing or demoting them.',
      { principalId, organizationId },
    );
  },

  serviceAccountRole(principalId: string, role: RoleKey): PolicyViolationError {
    const allowed = listInWords(SERVICE_ACCOUNT_ROLES.map(roleTitle));
    return new PolicyViolationError(
      'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED',
      'BAD_USER_INPUT',
      `Service accounts may hold only ${allowed}; ${roleTitle(role)} is not allowed.`,
      { principalId, role, allowedRoles: SERVICE_ACCOUNT_ROLES },
    );
  },

  organizationMembershipRequired(principalId: string, organizationId: string, role: RoleKey): PolicyViolationError {
    return new PolicyViolationError(
      'ORGANIZATION_MEMBERSHIP_REQUIRED',
      'BAD_USER_INPUT',
      `Principal ${principalId} is not a member of ${describeScope({ level: 'ORGANIZATION', id: organizationId })}; ` +
        `add them to the organization before giving them ${roleTitle(role)}.`,
      { principalId, organizationId, role },
    );
  },

  projectRoleRequired(principalId: string, projectId: string, role: RoleKey): PolicyViolationError {
    return new PolicyViolationError(
      'PROJECT_ROLE_REQUIRED',
      'BAD_USER_INPUT',
      `Principal ${principalId} holds no role in ${describeScope({ level: 'PROJECT', id: projectId })}; ` +
        `give them a project role (Project Member is enough) before giving them ${roleTitle(role)}.`,
      { principalId, projectId, role },
    );
  },

  roleLevelMismatch(role: RoleKey, scope: ScopeRef): PolicyViolationError {
    const level = roleDefinition(role).level.toLowerCase();
    const article = level === 'project' ? 'a' : 'an';
    return new PolicyViolationError(
      'ROLE_LEVEL_MISMATCH',
      'BAD_USER_INPUT',
      `${roleTitle(role)} is ${article} ${level} role; it can be held only at ${article} ${level}, not at ${describeScope(scope)}.`,
      { role, scope },
    );
  },

  permissionRequired(action: string, permission: PermissionDefinition, scope: ScopeRef): PolicyViolationError {
    return new PolicyViolationError(
      'PERMISSION_REQUIRED',
      'FORBIDDEN',
      `${action} in ${describeScope(scope)} needs ${permission.key} WRITE (${permission.title}).`,
      { permissionKey: permission.key, scope },
    );
  },
};
