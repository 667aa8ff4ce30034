/**
 * The one error family. Every refusal Rolegate makes is a `RolegateError` with a code; the GraphQL
 * edge (`src/graphql/errors.ts`) maps the code to `extensions.code` and masks everything else.
 * Messages are shown to clients: they name the rule and what to do, never internal detail.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RESUBSCRIBE_REQUIRED';

export abstract class RolegateError extends Error {
  abstract readonly code: ErrorCode;
  /** Machine-readable details safe to show the caller (never another tenant's data). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** The input is malformed or out of range; nothing was changed. */
export class InvalidInputError extends RolegateError {
  readonly code = 'BAD_USER_INPUT' as const;
}

/** No valid credentials were presented. */
export class UnauthenticatedError extends RolegateError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** The caller may see the target but not do this to it. */
export class ForbiddenError extends RolegateError {
  readonly code = 'FORBIDDEN' as const;
}

/** The target does not exist, or the caller may not see it; the two are indistinguishable. */
export class NotFoundError extends RolegateError {
  readonly code = 'NOT_FOUND' as const;

  static of(kind: string, id: string): NotFoundError {
    return new NotFoundError(`No ${kind} with id ${id} is visible to you.`, { kind, id });
  }
}

/** The change conflicts with the current state (duplicate, or already changed). */
export class ConflictError extends RolegateError {
  readonly code = 'CONFLICT' as const;
}

/**
 * A subscription fell too far behind its events (its connection reads slower than changes
 * arrive) and was ended so that it holds no unbounded backlog. Nothing is lost: subscribing again
 * with `afterRevision: lastRevision` replays the log from there.
 */
export class ResubscribeRequiredError extends RolegateError {
  readonly code = 'RESUBSCRIBE_REQUIRED' as const;

  constructor(lastRevision: number) {
    super(
      `This subscription fell too far behind and was ended. Subscribe again with afterRevision: ${lastRevision} (the last revision delivered in full) to resume without a gap.`,
      { lastRevision },
    );
  }
}

/** Names of the grant policy's rules; each refusal names the one it applies. */
export type PolicyRule =
  | 'ONLY_ORG_ADMINS_MANAGE_ORGANIZATION_ROLES'
  | 'MEMBERS_PERMISSION_REQUIRED'
  | 'ENVIRONMENT_ADMIN_ASSIGNS_ONLY_READER'
  | 'CANNOT_GRANT_ROLE_NOT_HELD'
  | 'LAST_ORG_ADMIN'
  | 'ORG_ADMIN_OF_EVERY_ORGANIZATION_REQUIRED'
  | 'SERVICE_ACCOUNT_ROLE_NOT_ALLOWED'
  | 'ORGANIZATION_MEMBERSHIP_REQUIRED'
  | 'PROJECT_ROLE_REQUIRED'
  | 'ROLE_LEVEL_MISMATCH'
  | 'PERMISSION_REQUIRED'
  | 'ACTOR_DISABLED';

/**
 * A refusal by the grant policy. Its code is FORBIDDEN when the caller lacks authority, and
 * BAD_USER_INPUT or CONFLICT when the change itself breaks a rule whoever asks.
 */
export class PolicyViolationError extends RolegateError {
  readonly code: ErrorCode;
  readonly rule: PolicyRule;

  constructor(rule: PolicyRule, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { rule, ...details });
    this.rule = rule;
    this.code = code;
  }
}
