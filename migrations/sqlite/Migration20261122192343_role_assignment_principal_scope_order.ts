import { Migration } from '@mikro-orm/migrations';

export class Migration20261122192343_role_assignment_principal_scope_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`role_assignment_principal_scope_unique\`;`);

    this.addSql(`create unique index \`role_assignment_principal_scope_unique\` on \`role_assignment\` (\`principal_id\`, \`scope_id\`, \`scope_level\`);`);
  }

}
