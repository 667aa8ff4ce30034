import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153758_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`access_event\` (\`revision\` bigint not null, \`sequence\` integer not null, \`organization_id\` text null, \`occurred_at\` datetime not null, \`actor_id\` text null, \`kind\` text check (\`kind\` in ('ORGANIZATION_CREATED', 'PROJECT_CREATED', 'ENVIRONMENT_CREATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'ROLE_ASSIGNED', 'ROLE_CHANGED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED', 'PRINCIPAL_ENABLED')) not null, \`principal_id\` text null, \`scope_level\` text check (\`scope_level\` in ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT')) null, \`scope_id\` text null, \`project_id\` text null, \`environment_id\` text null, \`old_role\` text check (\`old_role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, \`new_role\` text check (\`new_role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, \`token_id\` text null, \`cascade\` integer not null default false, \`change_id\` text not null, primary key (\`revision\`, \`sequence\`));`);
    this.addSql(`create index \`access_event_organization_id_revision_index\` on \`access_event\` (\`organization_id\`, \`revision\`);`);

    this.addSql(`create table \`organization\` (\`id\` text not null, \`name\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`principal\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('USER', 'SERVICE_ACCOUNT')) not null, \`display_name\` text not null, \`email\` text null, \`disabled\` integer not null default false, \`organization_id\` text null, \`description\` text null, \`created_at\` datetime not null, constraint \`principal_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete no action on update cascade, primary key (\`id\`), constraint principal_kind_columns_check check ((kind = 'USER' and organization_id is null and description is null) or (kind = 'SERVICE_ACCOUNT' and organization_id is not null and email is null)), constraint principal_email_lower_case_check check (email = lower(email)));`);
    this.addSql(`create unique index \`principal_email_unique\` on \`principal\` (\`email\`);`);
    this.addSql(`create index \`principal_organization_id_index\` on \`principal\` (\`organization_id\`);`);

    this.addSql(`create table \`api_token\` (\`id\` text not null, \`principal_id\` text not null, \`name\` text not null, \`display_prefix\` text not null, \`hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, constraint \`api_token_principal_id_foreign\` foreign key(\`principal_id\`) references \`principal\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_token_principal_id_index\` on \`api_token\` (\`principal_id\`);`);
    this.addSql(`create unique index \`api_token_hash_unique\` on \`api_token\` (\`hash\`);`);
    this.addSql(`create index \`api_token_principal_id_created_at_index\` on \`api_token\` (\`principal_id\`, \`created_at\`);`);

    this.addSql(`create table \`project\` (\`id\` text not null, \`organization_id\` text not null, \`name\` text not null, \`created_at\` datetime not null, \`created_by_id\` text null, constraint \`project_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`project_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`principal\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`project_organization_id_index\` on \`project\` (\`organization_id\`);`);
    this.addSql(`create index \`project_created_by_id_index\` on \`project\` (\`created_by_id\`);`);
    this.addSql(`create index \`project_organization_id_id_index\` on \`project\` (\`organization_id\`, \`id\`);`);

    this.addSql(`create table \`environment\` (\`id\` text not null, \`project_id\` text not null, \`name\` text not null, \`tier\` text check (\`tier\` in ('DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION')) not null, \`created_at\` datetime not null, constraint \`environment_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`environment_project_id_index\` on \`environment\` (\`project_id\`);`);
    this.addSql(`create index \`environment_project_id_id_index\` on \`environment\` (\`project_id\`, \`id\`);`);

    this.addSql(`create table \`revision_counter\` (\`id\` integer not null, \`value\` bigint not null, primary key (\`id\`));`);

    this.addSql(`create table \`role_assignment\` (\`id\` text not null, \`principal_id\` text not null, \`scope_level\` text check (\`scope_level\` in ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT')) not null, \`scope_id\` text not null, \`organization_id\` text not null, \`project_id\` text null, \`environment_id\` text null, \`role\` text check (\`role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) not null, \`created_at\` datetime not null, \`created_by_id\` text null, constraint \`role_assignment_principal_id_foreign\` foreign key(\`principal_id\`) references \`principal\`(\`id\`) on update cascade, constraint \`role_assignment_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`role_assignment_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete no action on update cascade, constraint \`role_assignment_environment_id_foreign\` foreign key(\`environment_id\`) references \`environment\`(\`id\`) on delete no action on update cascade, constraint \`role_assignment_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`principal\`(\`id\`) on delete set null on update cascade, primary key (\`id\`), constraint role_assignment_scope_chain_check check ((scope_level = 'ORGANIZATION' and scope_id = organization_id and project_id is null and environment_id is null) or (scope_level = 'PROJECT' and scope_id = project_id and environment_id is null) or (scope_level = 'ENVIRONMENT' and scope_id = environment_id and project_id is not null)));`);
    this.addSql(`create index \`role_assignment_principal_id_index\` on \`role_assignment\` (\`principal_id\`);`);
    this.addSql(`create index \`role_assignment_organization_id_index\` on \`role_assignment\` (\`organization_id\`);`);
    this.addSql(`create index \`role_assignment_project_id_index\` on \`role_assignment\` (\`project_id\`);`);
    this.addSql(`create index \`role_assignment_environment_id_index\` on \`role_assignment\` (\`environment_id\`);`);
    this.addSql(`create index \`role_assignment_created_by_id_index\` on \`role_assignment\` (\`created_by_id\`);`);
    this.addSql(`create index \`role_assignment_scope_role_principal_index\` on \`role_assignment\` (\`scope_id\`, \`role\`, \`principal_id\`);`);
    this.addSql(`create index \`role_assignment_organization_principal_index\` on \`role_assignment\` (\`organization_id\`, \`principal_id\`);`);
    this.addSql(`create unique index \`role_assignment_principal_scope_unique\` on \`role_assignment\` (\`principal_id\`, \`scope_level\`, \`scope_id\`);`);
  }

}
