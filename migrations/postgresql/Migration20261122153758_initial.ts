import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153758_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_event" ("revision" bigint not null, "sequence" int not null, "organization_id" uuid null, "occurred_at" timestamptz not null, "actor_id" uuid null, "kind" text check ("kind" in ('ORGANIZATION_CREATED', 'PROJECT_CREATED', 'ENVIRONMENT_CREATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'ROLE_ASSIGNED', 'ROLE_CHANGED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED', 'PRINCIPAL_ENABLED')) not null, "principal_id" uuid null, "scope_level" text check ("scope_level" in ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT')) null, "scope_id" uuid null, "project_id" uuid null, "environment_id" uuid null, "old_role" text check ("old_role" in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, "new_role" text check ("new_role" in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, "token_id" uuid null, "cascade" boolean not null default false, "change_id" uuid not null, constraint "access_event_pkey" primary key ("revision", "sequence"));`);
    this.addSql(`create index "access_event_organization_id_revision_index" on "access_event" ("organization_id", "revision");`);

    this.addSql(`create table "organization" ("id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);

    this.addSql(`create table "principal" ("id" uuid not null, "kind" text check ("kind" in ('USER', 'SERVICE_ACCOUNT')) not null, "display_name" varchar(200) not null, "email" varchar(320) null, "disabled" boolean not null default false, "organization_id" uuid null, "description" text null, "created_at" timestamptz not null, constraint "principal_pkey" primary key ("id"), constraint principal_kind_columns_check check ((kind = 'USER' and organization_id is null and description is null) or (kind = 'SERVICE_ACCOUNT' and organization_id is not null and email is null)), constraint principal_email_lower_case_check check (email = lower(email)));`);
    this.addSql(`alter table "principal" add constraint "principal_email_unique" unique ("email");`);
    this.addSql(`create index "principal_organization_id_index" on "principal" ("organization_id");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "principal_id" uuid not null, "name" varchar(200) not null, "display_prefix" varchar(32) not null, "hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_hash_unique" unique ("hash");`);
    this.addSql(`create index "api_token_principal_id_created_at_index" on "api_token" ("principal_id", "created_at");`);

    this.addSql(`create table "project" ("id" uuid not null, "organization_id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, "created_by_id" uuid null, constraint "project_pkey" primary key ("id"));`);
    this.addSql(`create index "project_organization_id_id_index" on "project" ("organization_id", "id");`);

    this.addSql(`create table "environment" ("id" uuid not null, "project_id" uuid not null, "name" varchar(200) not null, "tier" text check ("tier" in ('DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION')) not null, "created_at" timestamptz not null, constraint "environment_pkey" primary key ("id"));`);
    this.addSql(`create index "environment_project_id_id_index" on "environment" ("project_id", "id");`);

    this.addSql(`create table "revision_counter" ("id" int not null, "value" bigint not null, constraint "revision_counter_pkey" primary key ("id"));`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "principal_id" uuid not null, "scope_level" text check ("scope_level" in ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT')) not null, "scope_id" uuid not null, "organization_id" uuid not null, "project_id" uuid null, "environment_id" uuid null, "role" text check ("role" in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) not null, "created_at" timestamptz not null, "created_by_id" uuid null, constraint "role_assignment_pkey" primary key ("id"), constraint role_assignment_scope_chain_check check ((scope_level = 'ORGANIZATION' and scope_id = organization_id and project_id is null and environment_id is null) or (scope_level = 'PROJECT' and scope_id = project_id and environment_id is null) or (scope_level = 'ENVIRONMENT' and scope_id = environment_id and project_id is not null)));`);
    this.addSql(`create index "role_assignment_scope_role_principal_index" on "role_assignment" ("scope_id", "role", "principal_id");`);
    this.addSql(`create index "role_assignment_organization_principal_index" on "role_assignment" ("organization_id", "principal_id");`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_principal_scope_unique" unique ("principal_id", "scope_level", "scope_id");`);

    this.addSql(`alter table "principal" add constraint "principal_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete no action;`);

    this.addSql(`alter table "api_token" add constraint "api_token_principal_id_foreign" foreign key ("principal_id") references "principal" ("id") on update cascade;`);

    this.addSql(`alter table "project" add constraint "project_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "project" add constraint "project_created_by_id_foreign" foreign key ("created_by_id") references "principal" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "environment" add constraint "environment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_principal_id_foreign" foreign key ("principal_id") references "principal" ("id") on update cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_environment_id_foreign" foreign key ("environment_id") references "environment" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_created_by_id_foreign" foreign key ("created_by_id") references "principal" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "principal" drop constraint "principal_organization_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_organization_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_organization_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_principal_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_created_by_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_principal_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_created_by_id_foreign";`);

    this.addSql(`alter table "environment" drop constraint "environment_project_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_project_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_environment_id_foreign";`);

    this.addSql(`drop table if exists "access_event" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "principal" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "environment" cascade;`);

    this.addSql(`drop table if exists "revision_counter" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);
  }

}
