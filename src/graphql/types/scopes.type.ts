import { Field, ID, ObjectType } from 'type-graphql';
import type { Environment } from '../../persistence/entities/environment.entity.js';
import type { Organization } from '../../persistence/entities/organization.entity.js';
import type { Project } from '../../persistence/entities/project.entity.js';
import { Connection } from './connection.js';
import { EnvironmentTierEnum } from './enums.js';

@ObjectType('Organization', { simpleResolvers: true })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(organization: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), { id: organization.id, name: organization.name, createdAt: organization.createdAt });
  }
}

@ObjectType('Project', { simpleResolvers: true })
export class ProjectType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(project: Project): ProjectType {
    return Object.assign(new ProjectType(), {
      id: project.id,
      organizationId: project.organization.id,
      name: project.name,
      createdAt: project.createdAt,
    });
  }
}

@ObjectType('Environment', { simpleResolvers: true })
export class EnvironmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => EnvironmentTierEnum)
  tier!: EnvironmentTierEnum;

  @Field(() => Date)
  createdAt!: Date;

  static from(environment: Environment): EnvironmentType {
    return Object.assign(new EnvironmentType(), {
      id: environment.id,
      projectId: environment.project.id,
      name: environment.name,
      tier: environment.tier as EnvironmentTierEnum,
      createdAt: environment.createdAt,
    });
  }
}

export const ProjectConnection = Connection('Project', ProjectType);
export const EnvironmentConnection = Connection('Environment', EnvironmentType);
export const OrganizationConnection = Connection('Organization', OrganizationType);
