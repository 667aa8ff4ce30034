import type { NonEmptyArray } from 'type-graphql';
import { AccessEventResolver } from './access-event.resolver.js';
import { AccessResolver } from './access.resolver.js';
import { EnvironmentResolver } from './environment.resolver.js';
import { FeedResolver } from './feed.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';
import {
  EffectivePermissionsFieldsResolver,
  LicensedPrincipalFieldsResolver,
  MemberFieldsResolver,
  PrincipalAccessFieldsResolver,
} from './principal-fields.resolver.js';
import { PrincipalResolver } from './principal.resolver.js';
import { ProjectResolver } from './project.resolver.js';
import { RoleResolver } from './role.resolver.js';
import { ServiceAccountFindingsResolver } from './service-account-findings.resolver.js';
import { ServiceAccountResolver } from './service-account.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';

export const RESOLVERS: NonEmptyArray<new (...args: never[]) => object> = [
  ViewerResolver,
  OrganizationResolver,
  ProjectResolver,
  EnvironmentResolver,
  RoleResolver,
  PrincipalResolver,
  AccessResolver,
  AccessEventResolver,
  MemberFieldsResolver,
  PrincipalAccessFieldsResolver,
  EffectivePermissionsFieldsResolver,
  LicensedPrincipalFieldsResolver,
  ServiceAccountResolver,
  ServiceAccountFindingsResolver,
  FeedResolver,
];
