import { Migration } from '@mikro-orm/migrations';

export class Migration20261122192907_service_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`role_usage\` (\`principal_id\` text not null, \`scope_id\` text not null, \`role\` text check (\`role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) not null, \`last_used_at\` datetime not null, primary key (\`principal_id\`, \`scope_id\`, \`role\`));`);

    this.addSql(`create table \`seen_token_id\` (\`principal_id\` text not null, \`jti\` text not null, \`expires_at\` datetime not null, primary key (\`principal_id\`, \`jti\`));`);
    this.addSql(`create index \`seen_token_id_expires_at_index\` on \`seen_token_id\` (\`expires_at\`);`);

    this.addSql(`create table \`service_account_key\` (\`id\` text not null, \`principal_id\` text not null, \`key_type\` text check (\`key_type\` in ('RSA', 'ED25519')) not null, \`bits\` integer not null, \`fingerprint\` text not null, \`public_key_jwk\` text not null, \`created_at\` datetime not null, \`created_by_id\` text null, \`last_used_at\` datetime null, constraint \`service_account_key_principal_id_foreign\` foreign key(\`principal_id\`) references \`principal\`(\`id\`) on update cascade, constraint \`service_account_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`principal\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`service_account_key_principal_id_index\` on \`service_account_key\` (\`principal_id\`);`);
    this.addSql(`create index \`service_account_key_created_by_id_index\` on \`service_account_key\` (\`created_by_id\`);`);
    this.addSql(`create unique index \`service_account_key_principal_fingerprint_unique\` on \`service_account_key\` (\`principal_id\`, \`fingerprint\`);`);

    // MikroORM's offline SQLite diff drops CHECK changes (it alters columns through a live
    // connection), so the new event kinds are added here by rebuilding the table, as SQLite requires.
    // access_event has no foreign keys in or out, so the rebuild needs no pragma.
    this.addSql(`create table \`access_event__temp_alter\` (\`revision\` bigint not null, \`sequence\` integer not null, \`organization_id\` text null, \`occurred_at\` datetime not null, \`actor_id\` text null, \`kind\` text check (\`kind\` in ('ORGANIZATION_CREATED', 'PROJECT_CREATED', 'ENVIRONMENT_CREATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'ROLE_ASSIGNED', 'ROLE_CHANGED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED', 'PRINCIPAL_ENABLED', 'SERVICE_ACCOUNT_CREATED', 'SERVICE_ACCOUNT_KEY_REGISTERED', 'SERVICE_ACCOUNT_KEY_REMOVED')) not null, \`principal_id\` text null, \`scope_level\` text check (\`scope_level\` in ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT')) null, \`scope_id\` text null, \`project_id\` text null, \`environment_id\` text null, \`old_role\` text check (\`old_role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, \`new_role\` text check (\`new_role\` in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) null, \`token_id\` text null, \`key_id\` text null, \`cascade\` integer not null default false, \`change_id\` text not null, primary key (\`revision\`, \`sequence\`));`);
    this.addSql(`insert into \`access_event__temp_alter\` (\`revision\`, \`sequence\`, \`organization_id\`, \`occurred_at\`, \`actor_id\`, \`kind\`, \`principal_id\`, \`scope_level\`, \`scope_id\`, \`project_id\`, \`environment_id\`, \`old_role\`, \`new_role\`, \`token_id\`, \`cascade\`, \`change_id\`) select \`revision\`, \`sequence\`, \`organization_id\`, \`occurred_at\`, \`actor_id\`, \`kind\`, \`principal_id\`, \`scope_level\`, \`scope_id\`, \`project_id\`, \`environment_id\`, \`old_role\`, \`new_role\`, \`token_id\`, \`cascade\`, \`change_id\` from \`access_event\`;`);
    this.addSql(`drop table \`access_event\`;`);
    this.addSql(`alter table \`access_event__temp_alter\` rename to \`access_event\`;`);
    this.addSql(`create index \`access_event_organization_id_revision_index\` on \`access_event\` (\`organization_id\`, \`revision\`);`);

    this.addSql(`alter table \`principal\` add column \`contact_email\` text null;`);
  }

}
