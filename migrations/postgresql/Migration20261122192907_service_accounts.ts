import { Migration } from '@mikro-orm/migrations';

export class Migration20261122192907_service_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "role_usage" ("principal_id" uuid not null, "scope_id" uuid not null, "role" text check ("role" in ('ORG_ADMIN', 'ORG_CONTRIBUTOR', 'ORG_MEMBER', 'PROJECT_ADMIN', 'PROJECT_ARCHITECT', 'PROJECT_CONTRIBUTOR', 'PROJECT_MEMBER', 'ENVIRONMENT_ADMIN', 'ENVIRONMENT_READER')) not null, "last_used_at" timestamptz not null, constraint "role_usage_pkey" primary key ("principal_id", "scope_id", "role"));`);

    this.addSql(`create table "seen_token_id" ("principal_id" uuid not null, "jti" varchar(200) not null, "expires_at" timestamptz not null, constraint "seen_token_id_pkey" primary key ("principal_id", "jti"));`);
    this.addSql(`create index "seen_token_id_expires_at_index" on "seen_token_id" ("expires_at");`);

    this.addSql(`create table "service_account_key" ("id" uuid not null, "principal_id" uuid not null, "key_type" text check ("key_type" in ('RSA', 'ED25519')) not null, "bits" int not null, "fingerprint" varchar(64) not null, "public_key_jwk" text not null, "created_at" timestamptz not null, "created_by_id" uuid null, "last_used_at" timestamptz null, constraint "service_account_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_account_key" add constraint "service_account_key_principal_fingerprint_unique" unique ("principal_id", "fingerprint");`);

    this.addSql(`alter table "service_account_key" add constraint "service_account_key_principal_id_foreign" foreign key ("principal_id") references "principal" ("id") on update cascade;`);
    this.addSql(`alter table "service_account_key" add constraint "service_account_key_created_by_id_foreign" foreign key ("created_by_id") references "principal" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "access_event" drop constraint if exists "access_event_kind_check";`);

    this.addSql(`alter table "access_event" add column "key_id" uuid null;`);
    this.addSql(`alter table "access_event" add constraint "access_event_kind_check" check("kind" in ('ORGANIZATION_CREATED', 'PROJECT_CREATED', 'ENVIRONMENT_CREATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'ROLE_ASSIGNED', 'ROLE_CHANGED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED', 'PRINCIPAL_ENABLED', 'SERVICE_ACCOUNT_CREATED', 'SERVICE_ACCOUNT_KEY_REGISTERED', 'SERVICE_ACCOUNT_KEY_REMOVED'));`);

    this.addSql(`alter table "principal" add column "contact_email" varchar(320) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "role_usage" cascade;`);

    this.addSql(`drop table if exists "seen_token_id" cascade;`);

    this.addSql(`drop table if exists "service_account_key" cascade;`);

    this.addSql(`alter table "access_event" drop constraint if exists "access_event_kind_check";`);

    this.addSql(`alter table "access_event" drop column "key_id";`);

    this.addSql(`alter table "access_event" add constraint "access_event_kind_check" check("kind" in ('ORGANIZATION_CREATED', 'PROJECT_CREATED', 'ENVIRONMENT_CREATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'ROLE_ASSIGNED', 'ROLE_CHANGED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'PRINCIPAL_DISABLED', 'PRINCIPAL_ENABLED'));`);

    this.addSql(`alter table "principal" drop column "contact_email";`);
  }

}
