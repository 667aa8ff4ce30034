import { Migration } from '@mikro-orm/migrations';

export class Migration20261122192343_role_assignment_principal_scope_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_principal_scope_unique";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_principal_scope_unique" unique ("principal_id", "scope_id", "scope_level");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_principal_scope_unique";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_principal_scope_unique" unique ("principal_id", "scope_level", "scope_id");`);
  }

}
