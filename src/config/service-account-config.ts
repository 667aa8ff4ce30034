import { ConfigError } from './config-error.js';

/** How the gateway authenticates service accounts and what its advisor recommends for them. */
export interface ServiceAccountConfig {
  /** The `aud` claim every service-account JWT must carry. */
  readonly jwtAudience: string;
  /** A contact email matching this counts as a distribution list (case-insensitive). */
  readonly sharedMailboxPattern: RegExp;
  /** Keys registered longer ago than this are due for rotation. */
  readonly keyMaxAgeDays: number;
  /** A role held this long with no recorded use is reported as unused. */
  readonly roleUnusedDays: number;
}

export function parseJwtAudience(name: string, value: string): string {
  if (value.length > 200 || /\s/.test(value)) throw new ConfigError(name, value, 'a non-empty audience of at most 200 characters without spaces');
  return value;
}

export function parseSharedMailboxPattern(name: string, value: string): RegExp {
  try {
    return new RegExp(value, 'i');
  } catch {
    throw new ConfigError(name, value, 'a JavaScript regular expression');
  }
}

export function parseDays(name: string, value: string): number {
  const days = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(days >= 1)) throw new ConfigError(name, value, 'a whole number of days, at least 1');
  return days;
}
