import type { Principal } from '../domain/principal.js';
import type { Access, PermissionDefinition } from '../domain/role-tables.js';
import { accessSatisfies } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { scopeOfChain } from '../domain/scope.js';
import { sortGrants } from './counting-grants.js';
import type { GrantProvenance } from './effective-permissions.js';
import { provenanceOf } from './effective-permissions.js';
import type { PlacedGrant } from './grant-store.js';
import { describeScope, listInWords, roleTitle } from './wording.js';

export interface CheckRequest {
  readonly principalId: string;
  readonly permissionKey: string;
  readonly access: Access;
  readonly scope: ScopeRef;
}

export type DenialReason =
  | 'PRINCIPAL_NOT_FOUND'
  | 'PRINCIPAL_DISABLED'
  | 'NOT_ORGANIZATION_MEMBER'
  | 'NO_ROLE_IN_SCOPE'
  | 'ROLE_GRANTS_READ_ONLY'
  | 'ROLE_DOES_NOT_GRANT';

export interface Denial {
  readonly reason: DenialReason;
  /** A sentence for people, naming the roles and scopes involved. */
  readonly message: string;
}

export interface CheckResult {
  readonly allowed: boolean;
  readonly request: CheckRequest;
  /** The grants that allow the request (each gives at least the access asked), outermost first. */
  readonly grants: GrantProvenance[];
  readonly denial?: Denial;
}

/** Decides one request from what the store holds; `chain` is the chain the permission is evaluated on. */
export function decide(
  request: CheckRequest,
  permission: PermissionDefinition,
  chain: ScopeChain,
  principal: Principal | undefined,
  grants: readonly PlacedGrant[],
): CheckResult {
  const deny = (reason: DenialReason, message: string): CheckResult => ({ allowed: false, request, grants: [], denial: { reason, message } });
  const who = `Principal ${request.principalId}`;
  if (!principal) return deny('PRINCIPAL_NOT_FOUND', `No principal with id ${request.principalId} exists.`);
  if (principal.disabled) return deny('PRINCIPAL_DISABLED', `${who} is disabled and holds no access.`);
  const { counting, ignored } = sortGrants(grants);
  const organization = describeScope({ level: 'ORGANIZATION', id: chain.organizationId });
  if (counting.length === 0) return deny('NOT_ORGANIZATION_MEMBER', `${who} is not a member of ${organization}${ignoredNote(ignored, 'organization membership')}.`);

  const provenance = provenanceOf(counting, permission);
  const allowing = provenance.filter((p) => accessSatisfies(p.access, request.access));
  if (allowing.length > 0) return { allowed: true, request, grants: allowing };

  const wanted = `${permission.key} ${request.access}`;
  if (provenance.length > 0) {
    return deny('ROLE_GRANTS_READ_ONLY', `${listInWords(provenance.map(held))} ${provenance.length > 1 ? 'grant' : 'grants'} ${permission.key} READ only; ${wanted} is needed.`);
  }
  const scope = scopeOfChain(chain);
  const roles = `${listInWords(counting.map(held))} ${counting.length > 1 ? 'do' : 'does'} not grant ${permission.key}`;
  if (counting[counting.length - 1]!.scope.level !== scope.level) {
    return deny('NO_ROLE_IN_SCOPE', `${who} holds no role at ${describeScope(scope)}${ignoredNote(ignored, `a project role in ${describeScope({ level: 'PROJECT', id: chain.projectId! })}`)}, and ${roles}.`);
  }
  return deny('ROLE_DOES_NOT_GRANT', `${who}'s ${counting.length > 1 ? 'roles' : 'role'} ${roles}.`);
}

function held(grant: { readonly role: PlacedGrant['role']; readonly scope: ScopeRef }): string {
  return `${roleTitle(grant.role)} at ${describeScope(grant.scope)}`;
}

/** Orphaned grants are named so an administrator sees why a role they gave has no effect. */
function ignoredNote(ignored: readonly PlacedGrant[], missing: string): string {
  if (ignored.length === 0) return '';
  return ` (${listInWords(ignored.map(held))} ${ignored.length > 1 ? 'are' : 'is'} ignored without ${missing})`;
}
