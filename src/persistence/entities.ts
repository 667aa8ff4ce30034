import { AccessEvent } from './entities/access-event.entity.js';
import { ApiToken } from './entities/api-token.entity.js';
import { Environment } from './entities/environment.entity.js';
import { Organization } from './entities/organization.entity.js';
import { Principal } from './entities/principal.entity.js';
import { Project } from './entities/project.entity.js';
import { RevisionCounter } from './entities/revision-counter.entity.js';
import { RoleAssignment } from './entities/role-assignment.entity.js';
import { RoleUsage } from './entities/role-usage.entity.js';
import { SeenTokenId } from './entities/seen-token-id.entity.js';
import { ServiceAccountKey } from './entities/service-account-key.entity.js';

/** Every entity, listed explicitly: discovery never depends on file globs or build layout. */
export const ENTITIES = [Organization, Principal, Project, Environment, RoleAssignment, ApiToken, AccessEvent, RevisionCounter, ServiceAccountKey, SeenTokenId, RoleUsage];
