import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiToken } from '../../persistence/entities/api-token.entity.js';
import type { CreatedApiToken } from '../../services/issue-api-token.js';
import { Connection } from './connection.js';

@ObjectType('ApiToken', { simpleResolvers: true, description: 'A personal API token. The secret itself is shown once, when created.' })
export class ApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' })
  displayPrefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Last successful authentication, to the minute.' })
  lastUsedAt?: Date;

  static from(token: ApiToken): ApiTokenType {
    return Object.assign(new ApiTokenType(), {
      id: token.id,
      name: token.name,
      displayPrefix: token.displayPrefix,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt ?? undefined,
      revokedAt: token.revokedAt ?? undefined,
      lastUsedAt: token.lastUsedAt ?? undefined,
    });
  }
}

@ObjectType('CreatedApiToken', { simpleResolvers: true })
export class CreatedApiTokenType {
  @Field(() => String, { description: 'The token: store it now, it cannot be shown again.' })
  token!: string;

  @Field(() => ApiTokenType)
  apiToken!: ApiTokenType;

  static from(created: CreatedApiToken): CreatedApiTokenType {
    return Object.assign(new CreatedApiTokenType(), { token: created.token, apiToken: ApiTokenType.from(created.apiToken) });
  }
}

export const ApiTokenConnection = Connection('ApiToken', ApiTokenType);
