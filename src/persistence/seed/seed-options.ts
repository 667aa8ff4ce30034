import { InvalidInputError } from '../../domain/errors.js';

/** The size of the organization `rolegate seed` builds, and the seed that makes it reproducible. */
export interface SeedOptions {
  /** Principals, the seeded Org Admin included; every one is a member while grants last. */
  readonly principals: number;
  readonly projects: number;
  /** Spread evenly over the projects. */
  readonly environments: number;
  /** Role assignments in all, organization memberships included. */
  readonly grants: number;
  readonly seed: number;
  readonly organizationName: string;
}

/** The command line's values, as `node:util` parseArgs returns them. */
export type SeedArguments = Readonly<Partial<Record<'principals' | 'projects' | 'environments' | 'grants' | 'seed' | 'organization-name', string>>>;

/** Ten million rows is far past any benchmark and still fits in memory while generating. */
const MAX_COUNT = 10_000_000;
const DEFAULT_SEED = 1;

function count(args: SeedArguments, flag: keyof SeedArguments, min: number): number {
  const raw = args[flag];
  if (raw === undefined) throw new InvalidInputError(`seed needs --${flag} <count>.`, { flag });
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > MAX_COUNT) {
    throw new InvalidInputError(`--${flag} must be a whole number from ${min} to ${MAX_COUNT}; got ${JSON.stringify(raw)}.`, { flag });
  }
  return value;
}

function seedValue(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_SEED;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > 0xffff_ffff) throw new InvalidInputError(`--seed must be a whole number from 0 to 4294967295; got ${JSON.stringify(raw)}.`, { flag: 'seed' });
  return value;
}

/**
 * Verifies the command line and that the grants fit: each member holds at most one role at the
 * organization, at each project and at each environment, so principals × (1 + projects +
 * environments) bounds the grants.
 */
export function parseSeedOptions(args: SeedArguments): SeedOptions {
  const seed = seedValue(args.seed);
  const options: SeedOptions = {
    principals: count(args, 'principals', 1),
    projects: count(args, 'projects', 0),
    environments: count(args, 'environments', 0),
    grants: count(args, 'grants', 1),
    seed,
    organizationName: (args['organization-name'] ?? `Seeded organization ${seed}`).trim(),
  };
  if (options.organizationName.length === 0 || options.organizationName.length > 200) {
    throw new InvalidInputError('--organization-name must be 1 to 200 characters long.', { flag: 'organization-name' });
  }
  if (options.environments > 0 && options.projects === 0) {
    throw new InvalidInputError('--environments needs at least one project to hold them: raise --projects.', { flag: 'environments' });
  }
  const capacity = options.principals * (1 + options.projects + options.environments);
  if (options.grants > capacity) {
    throw new InvalidInputError(
      `--grants ${options.grants} is more than ${options.principals} principals can hold in ${options.projects} projects and ` +
        `${options.environments} environments (at most ${capacity}, one role per principal and scope): raise --principals, --projects or --environments.`,
      { flag: 'grants', capacity },
    );
  }
  return options;
}
