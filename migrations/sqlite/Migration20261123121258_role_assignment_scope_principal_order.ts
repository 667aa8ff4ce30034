import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121258_role_assignment_scope_principal_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`role_assignment_scope_principal_index\` on \`role_assignment\` (\`scope_id\`, \`principal_id\`);`);
  }

}
