import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row (id 1) holding the last committed revision. Incrementing it inside a change's
 * transaction locks the row until commit, which serialises changes and makes revisions gap-free
 * and committed in order (`access-change.ts`). The row is created by the first change.
 */
@Entity({ tableName: 'revision_counter' })
export class RevisionCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: new BigIntType('number') })
  value!: number;
}
