import type { GrantChange } from '../authz/grant-plan.js';

/** What every mutation answers: what it changed and the revision it committed as. */
export interface ChangeResult<T = undefined> {
  readonly revision: number;
  readonly changes: readonly GrantChange[];
  readonly value: T;
}
