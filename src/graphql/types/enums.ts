import { registerEnumType } from 'type-graphql';

/** GraphQL enums mirror the domain's string unions value for value, so no mapping is needed (`test/graphql/enums.test.ts` holds them to it). */
export enum RoleEnum {
  ORG_ADMIN = 'ORG_ADMIN',
  ORG_CONTRIBUTOR = 'ORG_CONTRIBUTOR',
  ORG_MEMBER = 'ORG_MEMBER',
  PROJECT_ADMIN = 'PROJECT_ADMIN',
  PROJECT_ARCHITECT = 'PROJECT_ARCHITECT',
  PROJECT_CONTRIBUTOR = 'PROJECT_CONTRIBUTOR',
  PROJECT_MEMBER = 'PROJECT_MEMBER',
  ENVIRONMENT_ADMIN = 'ENVIRONMENT_ADMIN',
  ENVIRONMENT_READER = 'ENVIRONMENT_READER',
}

export enum AccessEnum {
  READ = 'READ',
  WRITE = 'WRITE',
}

export enum ScopeLevelEnum {
  ORGANIZATION = 'ORGANIZATION',
  PROJECT = 'PROJECT',
  ENVIRONMENT = 'ENVIRONMENT',
}

export enum PrincipalKindEnum {
  USER = 'USER',
  SERVICE_ACCOUNT = 'SERVICE_ACCOUNT',
}

export enum EnvironmentTierEnum {
  DEVELOPMENT = 'DEVELOPMENT',
  QA = 'QA',
  UAT = 'UAT',
  PRODUCTION = 'PRODUCTION',
}

export enum RowSourceEnum {
  COALESCE_PUBLISHED = 'COALESCE_PUBLISHED',
  ROLEGATE_DECISION = 'ROLEGATE_DECISION',
}

registerEnumType(RoleEnum, { name: 'Role', description: 'The nine roles: three per organization, four per project, two per environment.' });
registerEnumType(AccessEnum, { name: 'Access', description: 'READ, or WRITE (create, change, delete), which implies READ.' });
registerEnumType(ScopeLevelEnum, { name: 'ScopeLevel', description: 'Scopes nest: organization > project > environment.' });
registerEnumType(PrincipalKindEnum, { name: 'PrincipalKind', description: 'A human user or a service account.' });
registerEnumType(EnvironmentTierEnum, { name: 'EnvironmentTier' });
registerEnumType(RowSourceEnum, {
  name: 'PermissionSource',
  description: "Whether a permission's row follows Coalesce's published matrix or is a decision of Rolegate's.",
});
