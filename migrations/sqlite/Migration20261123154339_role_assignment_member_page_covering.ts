import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154339_role_assignment_member_page_covering extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`role_assignment_scope_principal_index\`;`);

    this.addSql(`create index \`role_assignment_member_page_index\` on \`role_assignment\` (\`scope_id\`, \`scope_level\`, \`principal_id\`, \`role\`, \`created_at\`);`);
  }

}
