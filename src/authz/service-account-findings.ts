import type { EnvironmentTier } from '../domain/environment-tier.js';
import type { RoleKey } from '../domain/role-tables.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { describeScope, listInWords, roleTitle } from './wording.js';

/**
 * The service-account advisor: which recommended practices (Coalesce's service-account guide) an
 * account does not meet, each with a severity and the fix. Pure: the service gathers the facts.
 *
 * Severity says what is at stake: HIGH, a stolen key would do more harm than it must; MEDIUM, the
 * account holds more than it needs or answers to one person; LOW, upkeep.
 */
export type FindingSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

export type FindingRule =
  | 'ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS'
  | 'KEY_TOO_OLD'
  | 'PERSONAL_CONTACT_EMAIL'
  | 'ROLE_IN_DEVELOPMENT_ENVIRONMENT'
  | 'ROLE_UNUSED'
  | 'NO_KEY'
  | 'KEY_NEVER_USED';

export interface Finding {
  readonly rule: FindingRule;
  readonly severity: FindingSeverity;
  /** What is wrong, for people. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** The role and scope concerned, for findings about one role. */
  readonly role?: RoleKey;
  readonly scope?: ScopeRef;
  /** The key concerned, for findings about one key. */
  readonly keyId?: string;
}

/** A role the account holds (and that counts: orphans are left out), with what is known of its use. */
export interface HeldRole {
  readonly role: RoleKey;
  readonly scope: ScopeRef;
  readonly chain: ScopeChain;
  /** The environment's tier, for environment roles. */
  readonly environmentTier?: EnvironmentTier;
  /** When the account was given this role there; unknown for imported grants. */
  readonly heldSince?: Date;
  /** The last allowed check that relied on this role. */
  readonly lastUsedAt?: Date;
}

export interface KeyFacts {
  readonly id: string;
  readonly fingerprint: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

export interface ServiceAccountFacts {
  readonly contactEmail: string | null;
  readonly roles: readonly HeldRole[];
  readonly keys: readonly KeyFacts[];
}

export interface AdvisorSettings {
  /** A contact email matching this is a distribution list. */
  readonly sharedMailboxPattern: RegExp;
  readonly keyMaxAgeDays: number;
  /** How long a role must go unused to be reported; usage is known only for roles held at least this long. */
  readonly roleUnusedDays: number;
  readonly now: Date;
}

type Rule = (facts: ServiceAccountFacts, settings: AdvisorSettings) => Finding[];

const DAY_MS = 86_400_000;
const SEVERITY_ORDER: readonly FindingSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

/** Severest first; within a severity, in the order the rules are listed. */
export function serviceAccountFindings(facts: ServiceAccountFacts, settings: AdvisorSettings): Finding[] {
  const findings = RULES.flatMap((rule) => rule(facts, settings));
  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

const environmentAdminInSeveralEnvironments: Rule = ({ roles }) => {
  const admin = roles.filter((r) => r.role === 'ENVIRONMENT_ADMIN');
  if (admin.length <= 1) return [];
  return [
    {
      rule: 'ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS',
      severity: 'HIGH',
      message: `The account is Environment Admin in ${admin.length} environments (${listInWords(admin.map((r) => r.scope.id))}): one key deploys to all of them.`,
      fix: 'Use one service account per environment: create one for each and move the Environment Admin roles to them.',
    },
  ];
};

const keyTooOld: Rule = ({ keys }, { keyMaxAgeDays, now }) =>
  keys
    .filter((key) => now.getTime() - key.createdAt.getTime() > keyMaxAgeDays * DAY_MS)
    .map((key) => ({
      rule: 'KEY_TOO_OLD',
      severity: 'HIGH',
      message: `Key ${key.fingerprint} was registered ${Math.floor((now.getTime() - key.createdAt.getTime()) / DAY_MS)} days ago, more than ${keyMaxAgeDays}.`,
      fix: 'Rotate it: generate a new key pair, register its public key, switch the jobs to it, then remove this key.',
      keyId: key.id,
    }));

const personalContactEmail: Rule = ({ contactEmail }, { sharedMailboxPattern }) => {
  if (contactEmail && sharedMailboxPattern.test(contactEmail)) return [];
  return [
    {
      rule: 'PERSONAL_CONTACT_EMAIL',
      severity: 'MEDIUM',
      message: contactEmail
        ? `The contact email ${contactEmail} looks like a person's, not a distribution list: the account would lose its contact when that person leaves.`
        : 'The account has no contact email.',
      fix: 'Set a distribution-list address (such as coalesce_svc@yourcompany.com); if this address is one, add its form to ROLEGATE_SA_SHARED_MAILBOX_PATTERN.',
    },
  ];
};

const roleInDevelopmentEnvironment: Rule = ({ roles }) =>
  roles
    .filter((r) => r.scope.level === 'ENVIRONMENT' && r.environmentTier === 'DEVELOPMENT')
    .map((r) => ({
      rule: 'ROLE_IN_DEVELOPMENT_ENVIRONMENT',
      severity: 'MEDIUM',
      message: `The account holds ${roleTitle(r.role)} in ${describeScope(r.scope)}, a DEVELOPMENT environment.`,
      fix: 'Revoke it: people use their personal accounts for development; service accounts belong to QA, UAT and PRODUCTION.',
      role: r.role,
      scope: r.scope,
    }));

/**
 * A role is used when an allowed check relied on it, or on a role that depends on it (a
 * membership is used through the roles held inside it). Usage is known only for roles held for
 * the whole window; younger roles and roles of unknown age are not judged.
 */
const roleUnused: Rule = ({ roles }, { roleUnusedDays, now }) => {
  const windowStart = now.getTime() - roleUnusedDays * DAY_MS;
  const usedSince = (r: HeldRole) => r.lastUsedAt !== undefined && r.lastUsedAt.getTime() >= windowStart;
  return roles
    .filter((r) => r.heldSince !== undefined && r.heldSince.getTime() <= windowStart)
    .filter((r) => !roles.some((inner) => within(inner, r) && usedSince(inner)))
    .map((r) => ({
      rule: 'ROLE_UNUSED',
      severity: 'MEDIUM',
      message: `No allowed check has relied on ${roleTitle(r.role)} at ${describeScope(r.scope)} in the last ${roleUnusedDays} days.`,
      fix: 'Revoke the role if the account no longer needs it, or give it a narrower one.',
      role: r.role,
      scope: r.scope,
    }));
};

const noKey: Rule = ({ keys }) =>
  keys.length > 0
    ? []
    : [
        {
          rule: 'NO_KEY',
          severity: 'LOW',
          message: 'The account has no key registered, so it cannot authenticate.',
          fix: 'Generate a key pair (RSA of at least 2048 bits, or Ed25519), register its public key, and hand the private key to the job over an encrypted channel; or remove the account if it is not needed.',
        },
      ];

const keyNeverUsed: Rule = ({ keys }) =>
  keys
    .filter((key) => key.lastUsedAt === null)
    .map((key) => ({
      rule: 'KEY_NEVER_USED',
      severity: 'LOW',
      message: `Key ${key.fingerprint} has never been used to authenticate.`,
      fix: 'Remove it unless a rotation to it is under way: an unused key is one more secret to lose.',
      keyId: key.id,
    }));

/** Whether `inner` is held at `outer`'s scope or inside it. */
function within(inner: HeldRole, outer: HeldRole): boolean {
  switch (outer.scope.level) {
    case 'ORGANIZATION':
      return true;
    case 'PROJECT':
      return inner.chain.projectId === outer.scope.id;
    case 'ENVIRONMENT':
      return inner.scope.id === outer.scope.id;
  }
}

const RULES: readonly Rule[] = [
  environmentAdminInSeveralEnvironments,
  keyTooOld,
  personalContactEmail,
  roleInDevelopmentEnvironment,
  roleUnused,
  noKey,
  keyNeverUsed,
];
