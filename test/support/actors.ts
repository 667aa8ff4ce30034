import { generateApiToken } from '../../src/auth/api-token-secret.js';
import type { RoleKey } from '../../src/domain/role-tables.js';
import type { ScopeRef } from '../../src/domain/scope.js';
import { ApiTokenRepository } from '../../src/persistence/repositories/api-token.repository.js';
import { PrincipalRepository } from '../../src/persistence/repositories/principal.repository.js';
import { RoleAssignmentRepository } from '../../src/persistence/repositories/role-assignment.repository.js';
import {
  AddMemberDocument,
  AssignRoleDocument,
  CreateEnvironmentDocument,
  CreateOrganizationDocument,
  CreateProjectDocument,
  DisablePrincipalDocument,
  type EnvironmentTier,
  type Role,
} from '../generated/graphql.js';
import type { TestGateway } from './gateway.js';

/** Someone who calls the gateway: a principal and a bearer token of theirs. */
export interface Actor {
  readonly principalId: string;
  readonly token: string;
}

export function founderOf(t: TestGateway): Actor {
  return { principalId: t.founder.adminId, token: t.founder.token };
}

/** An email no other test uses, so tests sharing a gateway never collide. */
export function uniqueEmail(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}@example.test`;
}

/** A token for any principal, issued the way the bootstrap command does (straight to the database). */
export async function issueToken(t: TestGateway, principalId: string, expiresAt: Date | null = null): Promise<string> {
  const secret = generateApiToken();
  await new ApiTokenRepository(t.database.db.fork()).create({ principalId, name: 'test', displayPrefix: secret.displayPrefix, hash: secret.hash, expiresAt });
  return secret.token;
}

/** Adds a new user to an organization through the API (as `by`, the founder unless given); it signs in with its initial token. */
export async function addUser(t: TestGateway, organizationId: string, name: string, role: Role = 'ORG_MEMBER', by: Actor = founderOf(t)): Promise<Actor> {
  const added = await t.ok(AddMemberDocument, { organizationId, email: uniqueEmail(name), displayName: name, role }, by.token);
  const { principal, initialToken } = added.addMember.member;
  if (!initialToken) throw new Error(`addMember created ${name} but returned no initial token`);
  return { principalId: principal.id, token: initialToken.token };
}

/**
 * A service account that is a member of the organization, with a personal API token, written
 * straight to the database: for tests about what service accounts may hold, not how they sign in
 * (`createServiceAccount` and key-pair tokens are tested in service-accounts.test.ts).
 */
export async function addServiceAccount(t: TestGateway, organizationId: string, name: string, role: RoleKey = 'ORG_MEMBER'): Promise<Actor> {
  const em = t.database.db.fork();
  const account = await new PrincipalRepository(em).create({ kind: 'SERVICE_ACCOUNT', displayName: name, organizationId, description: null });
  await new RoleAssignmentRepository(em).create({ principalId: account.id, chain: { organizationId }, role, createdById: null });
  return { principalId: account.id, token: await issueToken(t, account.id) };
}

/** Disables a principal through the API, as an Org Admin of its organizations (the founder unless given). */
export async function disablePrincipal(t: TestGateway, principalId: string, by: Actor = founderOf(t)): Promise<void> {
  await t.ok(DisablePrincipalDocument, { principalId }, by.token);
}

/** A new organization whose Org Admin is `by` (the founder unless given). */
export async function createOrganization(t: TestGateway, name: string, by: Actor = founderOf(t)): Promise<string> {
  return (await t.ok(CreateOrganizationDocument, { name }, by.token)).createOrganization.organization.id;
}

export async function createProject(t: TestGateway, organizationId: string, name: string, by: Actor = founderOf(t)): Promise<string> {
  return (await t.ok(CreateProjectDocument, { organizationId, name }, by.token)).createProject.project.id;
}

export async function createEnvironment(t: TestGateway, projectId: string, name: string, tier: EnvironmentTier, by: Actor = founderOf(t)): Promise<string> {
  return (await t.ok(CreateEnvironmentDocument, { projectId, name, tier }, by.token)).createEnvironment.environment.id;
}

export async function assignRole(t: TestGateway, principalId: string, scope: ScopeRef, role: Role, by: Actor = founderOf(t)): Promise<number> {
  return (await t.ok(AssignRoleDocument, { principalId, scope, role }, by.token)).assignRole.revision;
}

export const organizationScope = (id: string): ScopeRef => ({ level: 'ORGANIZATION', id });
export const projectScope = (id: string): ScopeRef => ({ level: 'PROJECT', id });
export const environmentScope = (id: string): ScopeRef => ({ level: 'ENVIRONMENT', id });
