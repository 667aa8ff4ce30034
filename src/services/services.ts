import type { SqlEntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config/config.js';
import type { AccessChangeHooks } from '../persistence/access-change.js';
import { AccessEventService } from './access-event-service.js';
import { AccessQueryService } from './access-query-service.js';
import { ApiTokenService } from './api-token-service.js';
import { DeployAccessService } from './deploy-access-service.js';
import { MemberService } from './member-service.js';
import { OrganizationService } from './organization-service.js';
import { PrincipalService } from './principal-service.js';
import type { RequestReads } from './request-reads.js';
import { RoleService } from './role-service.js';
import { ScopeService } from './scope-service.js';
import { ServiceAccountAdvisorService, type AdvisorConfig } from './service-account-advisor-service.js';
import { ServiceAccountKeyService } from './service-account-key-service.js';
import { ServiceAccountService } from './service-account-service.js';
import { ServiceContext, type Viewer } from './service-context.js';

/** The use cases, bound to one request's unit of work and caller. */
export class Services {
  readonly context: ServiceContext;
  readonly organizations: OrganizationService;
  readonly scopes: ScopeService;
  readonly roles: RoleService;
  readonly principals: PrincipalService;
  readonly members: MemberService;
  readonly access: AccessQueryService;
  readonly events: AccessEventService;
  readonly apiTokens: ApiTokenService;
  readonly serviceAccounts: ServiceAccountService;
  readonly serviceAccountKeys: ServiceAccountKeyService;
  readonly deployAccess: DeployAccessService;
  readonly advisor: ServiceAccountAdvisorService;

  /** `advisor` defaults to the documented defaults of the ROLEGATE_SA_* variables; the gateway passes its configuration. */
  constructor(em: SqlEntityManager, viewer: Viewer, reads: RequestReads, hooks?: AccessChangeHooks, advisor: AdvisorConfig = loadConfig({}).serviceAccounts) {
    this.context = new ServiceContext(em, viewer, reads, hooks);
    this.organizations = new OrganizationService(this.context);
    this.scopes = new ScopeService(this.context);
    this.roles = new RoleService(this.context);
    this.principals = new PrincipalService(this.context);
    this.members = new MemberService(this.context);
    this.access = new AccessQueryService(this.context);
    this.events = new AccessEventService(this.context);
    this.apiTokens = new ApiTokenService(this.context);
    this.serviceAccounts = new ServiceAccountService(this.context);
    this.serviceAccountKeys = new ServiceAccountKeyService(this.context);
    this.deployAccess = new DeployAccessService(this.context);
    this.advisor = new ServiceAccountAdvisorService(this.context, advisor);
  }
}
