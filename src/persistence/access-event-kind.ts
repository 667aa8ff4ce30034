/**
 * What an access event records. Stored as text: adding a kind needs a migration only for the
 * CHECK that lists them, never a data rewrite.
 */
export const ACCESS_EVENT_KINDS = [
  'ORGANIZATION_CREATED',
  'PROJECT_CREATED',
  'ENVIRONMENT_CREATED',
  'MEMBER_ADDED',
  'MEMBER_REMOVED',
  'ROLE_ASSIGNED',
  'ROLE_CHANGED',
  'ROLE_REVOKED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'PRINCIPAL_DISABLED',
  'PRINCIPAL_ENABLED',
  'SERVICE_ACCOUNT_CREATED',
  'SERVICE_ACCOUNT_KEY_REGISTERED',
  'SERVICE_ACCOUNT_KEY_REMOVED',
] as const;

export type AccessEventKind = (typeof ACCESS_EVENT_KINDS)[number];
