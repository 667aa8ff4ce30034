import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Finding } from '../../authz/service-account-findings.js';
import type { ServiceAccountReport } from '../../services/service-account-advisor-service.js';
import { RoleEnum } from './enums.js';
import { ScopeType } from './scope.type.js';
import { ServiceAccountType } from './service-account.type.js';

export enum FindingSeverityEnum {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum FindingRuleEnum {
  ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS = 'ENVIRONMENT_ADMIN_IN_SEVERAL_ENVIRONMENTS',
  KEY_TOO_OLD = 'KEY_TOO_OLD',
  PERSONAL_CONTACT_EMAIL = 'PERSONAL_CONTACT_EMAIL',
  ROLE_IN_DEVELOPMENT_ENVIRONMENT = 'ROLE_IN_DEVELOPMENT_ENVIRONMENT',
  ROLE_UNUSED = 'ROLE_UNUSED',
  NO_KEY = 'NO_KEY',
  KEY_NEVER_USED = 'KEY_NEVER_USED',
}

registerEnumType(FindingSeverityEnum, {
  name: 'FindingSeverity',
  description: 'HIGH: a stolen key would do more harm than it must. MEDIUM: the account holds more than it needs or answers to one person. LOW: upkeep.',
});
registerEnumType(FindingRuleEnum, { name: 'FindingRule', description: 'The recommended practice a finding says is not met.' });

@ObjectType('ServiceAccountFinding', { simpleResolvers: true, description: 'A recommended practice the service account does not meet, and the fix.' })
export class ServiceAccountFindingType {
  @Field(() => FindingRuleEnum)
  rule!: FindingRuleEnum;

  @Field(() => FindingSeverityEnum)
  severity!: FindingSeverityEnum;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  fix!: string;

  @Field(() => RoleEnum, { nullable: true, description: 'The role concerned, for findings about one role.' })
  role?: RoleEnum;

  @Field(() => ScopeType, { nullable: true, description: 'Where that role is held.' })
  scope?: ScopeType;

  @Field(() => ID, { nullable: true, description: 'The key concerned, for findings about one key.' })
  keyId?: string;

  static from(finding: Finding): ServiceAccountFindingType {
    return Object.assign(new ServiceAccountFindingType(), {
      rule: finding.rule as FindingRuleEnum,
      severity: finding.severity as FindingSeverityEnum,
      message: finding.message,
      fix: finding.fix,
      role: finding.role as RoleEnum | undefined,
      scope: finding.scope && ScopeType.from(finding.scope),
      keyId: finding.keyId,
    });
  }
}

@ObjectType('ServiceAccountFindings', { simpleResolvers: true, description: "The advisor's report on one service account." })
export class ServiceAccountFindingsType {
  @Field(() => ServiceAccountType)
  serviceAccount!: ServiceAccountType;

  @Field(() => [ServiceAccountFindingType], { description: 'Severest first; empty when the account meets every recommended practice.' })
  findings!: ServiceAccountFindingType[];

  static from(report: ServiceAccountReport): ServiceAccountFindingsType {
    return Object.assign(new ServiceAccountFindingsType(), {
      serviceAccount: ServiceAccountType.from(report.account),
      findings: report.findings.map((f) => ServiceAccountFindingType.from(f)),
    });
  }
}
