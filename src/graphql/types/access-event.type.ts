import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ACCESS_EVENT_KINDS } from '../../persistence/access-event-kind.js';
import type { AccessEvent } from '../../persistence/entities/access-event.entity.js';
import { Connection } from './connection.js';
import { RoleEnum, ScopeLevelEnum } from './enums.js';

export const AccessEventKindEnum = Object.fromEntries(ACCESS_EVENT_KINDS.map((k) => [k, k])) as { [K in (typeof ACCESS_EVENT_KINDS)[number]]: K };

registerEnumType(AccessEventKindEnum, { name: 'AccessEventKind' });

@ObjectType('AccessEvent', { simpleResolvers: true, description: 'One fact of an access change, in the order of the log: (revision, sequence).' })
export class AccessEventType {
  @Field(() => Int)
  revision!: number;

  @Field(() => Int)
  sequence!: number;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => AccessEventKindEnum)
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null for the system.' })
  actorId?: string;

  @Field(() => ID, { nullable: true })
  principalId?: string;

  @Field(() => ScopeLevelEnum, { nullable: true })
  scopeLevel?: ScopeLevelEnum;

  @Field(() => ID, { nullable: true })
  scopeId?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  environmentId?: string;

  @Field(() => RoleEnum, { nullable: true })
  oldRole?: RoleEnum;

  @Field(() => RoleEnum, { nullable: true })
  newRole?: RoleEnum;

  @Field(() => ID, { nullable: true, description: 'The service-account key registered or removed.' })
  keyId?: string;

  @Field(() => Boolean)
  cascade!: boolean;

  @Field(() => ID, { description: 'Groups the events of one change.' })
  changeId!: string;

  static from(event: AccessEvent): AccessEventType {
    return Object.assign(new AccessEventType(), {
      revision: event.revision,
      sequence: event.sequence,
      occurredAt: event.occurredAt,
      kind: event.kind,
      actorId: event.actorId ?? undefined,
      principalId: event.principalId ?? undefined,
      scopeLevel: (event.scopeLevel ?? undefined) as ScopeLevelEnum | undefined,
      scopeId: event.scopeId ?? undefined,
      projectId: event.projectId ?? undefined,
      environmentId: event.environmentId ?? undefined,
      oldRole: (event.oldRole ?? undefined) as RoleEnum | undefined,
      newRole: (event.newRole ?? undefined) as RoleEnum | undefined,
      keyId: event.keyId ?? undefined,
      cascade: event.cascade,
      changeId: event.changeId,
    });
  }
}

export const AccessEventConnection = Connection('AccessEvent', AccessEventType);
