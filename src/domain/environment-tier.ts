/** Environments have a tier; service accounts belong in QA, UAT and PRODUCTION (the advisor says so). */
export type EnvironmentTier = 'DEVELOPMENT' | 'QA' | 'UAT' | 'PRODUCTION';

export const ENVIRONMENT_TIERS: readonly EnvironmentTier[] = ['DEVELOPMENT', 'QA', 'UAT', 'PRODUCTION'];
