import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114325_access_event_position_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "access_event_organization_id_revision_index";`);

    this.addSql(`create index "access_event_organization_principal_position_index" on "access_event" ("organization_id", "principal_id", "revision", "sequence");`);
    this.addSql(`create index "access_event_organization_environment_position_index" on "access_event" ("organization_id", "environment_id", "revision", "sequence");`);
    this.addSql(`create index "access_event_organization_project_position_index" on "access_event" ("organization_id", "project_id", "revision", "sequence");`);
    this.addSql(`create index "access_event_organization_position_index" on "access_event" ("organization_id", "revision", "sequence");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "access_event_organization_principal_position_index";`);
    this.addSql(`drop index "access_event_organization_environment_position_index";`);
    this.addSql(`drop index "access_event_organization_project_position_index";`);
    this.addSql(`drop index "access_event_organization_position_index";`);

    this.addSql(`create index "access_event_organization_id_revision_index" on "access_event" ("organization_id", "revision");`);
  }

}
