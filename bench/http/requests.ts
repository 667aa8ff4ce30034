import type { SeedDataset } from '../../src/persistence/seed/seed-dataset.js';
import { RequestDraw } from '../lib/request-draw.js';

/** The baseline: the cheapest request the server answers, through the same authentication. */
export const TYPENAME_BODY = JSON.stringify({ query: '{ __typename }' });

const EFFECTIVE_PERMISSIONS = `query EffectivePermissions($principalId: ID!, $scope: ScopeInput!) {
  effectivePermissions(principalId: $principalId, scope: $scope) {
    principalId
    scope { level id }
    permissions { key access grants { role access scope { level id } } }
  }
}`;

const CHECKS = `query Checks($inputs: [CheckInput!]!) {
  checks(inputs: $inputs) { allowed permissionKey access grants { role scope { level id } } denial { reason } }
}`;

/** What an access dashboard shows for one project: its members, and what each may do there. */
const PROJECT_DASHBOARD = `query ProjectDashboard($id: ID!) {
  project(id: $id) {
    id
    name
    members(first: 50) {
      edges {
        node {
          principalId
          role
          principal { id displayName kind }
          effectivePermissions { permissions { key access grants { role access scope { level id } } } }
        }
      }
    }
  }
}`;

export const CHECKS_PER_BATCH = 50;

/** Request bodies for each measured operation, `count` of each, the same for the same dataset and seed. */
export function requestBodies(dataset: SeedDataset, count: number, seed: number): { effectivePermissions: string[]; checks: string[]; dashboard: string[] } {
  const draw = new RequestDraw(dataset, seed);
  const many = (body: () => string): string[] => Array.from({ length: count }, body);
  return {
    effectivePermissions: many(() => JSON.stringify({ query: EFFECTIVE_PERMISSIONS, variables: draw.principalAtEnvironment() })),
    checks: many(() => JSON.stringify({ query: CHECKS, variables: { inputs: Array.from({ length: CHECKS_PER_BATCH }, () => draw.check()) } })),
    dashboard: many(() => JSON.stringify({ query: PROJECT_DASHBOARD, variables: { id: draw.project().id } })),
  };
}
