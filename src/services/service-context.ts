import type { SqlEntityManager } from '@mikro-orm/knex';
import { GrantPolicy } from '../authz/grant-policy.js';
import type { GrantStore } from '../authz/grant-store.js';
import { PermissionEngine } from '../authz/permission-engine.js';
import { Visibility } from '../authz/visibility.js';
import type { PrincipalKind } from '../domain/principal.js';
import { runAccessChange, type AccessChange, type AccessChangeHooks, type CommittedChange } from '../persistence/access-change.js';
import { DatabaseGrantStore } from '../persistence/database-grant-store.js';
import type { RequestReads } from './request-reads.js';

/** What the caller authenticated with: a user's personal API token, or a service account's key. */
export interface Credential {
  readonly kind: 'API_TOKEN' | 'SERVICE_ACCOUNT_KEY';
  readonly id: string;
}

/** The authenticated caller. */
export interface Viewer {
  readonly principalId: string;
  readonly kind: PrincipalKind;
  readonly credential: Credential;
}

/**
 * What every service works with for one request: the request's unit of work, the caller, and the
 * request's reads, batched across its resolvers (the engine and visibility read through them).
 * Changes run in their own transaction with an engine over the transaction, so their checks see
 * their writes and never the request's remembered reads.
 */
export class ServiceContext {
  readonly store: GrantStore;
  readonly engine: PermissionEngine;
  readonly visibility: Visibility;

  constructor(
    readonly em: SqlEntityManager,
    readonly viewer: Viewer,
    readonly reads: RequestReads,
    private readonly hooks: AccessChangeHooks = {},
  ) {
    this.store = reads.grants;
    this.engine = new PermissionEngine(this.store);
    this.visibility = new Visibility(this.engine, viewer.principalId);
  }

  /**
   * Runs one access change as one transaction, with the policy and engine bound to it. Afterwards
   * the request forgets what it read, so the rest of the request (a mutation's payload, the next
   * mutation) sees the change.
   */
  async change<T>(body: (change: AccessChange, authz: TransactionAuthz) => Promise<T>): Promise<CommittedChange<T>> {
    try {
      return await runAccessChange(
        this.em,
        this.viewer.principalId,
        (change) => {
          const store = new DatabaseGrantStore(change.em);
          const engine = new PermissionEngine(store);
          const visibility = new Visibility(engine, this.viewer.principalId);
          return body(change, { store, engine, visibility, policy: new GrantPolicy(store, engine) });
        },
        this.hooks,
      );
    } finally {
      this.reads.forget();
    }
  }
}

export interface TransactionAuthz {
  readonly store: GrantStore;
  readonly engine: PermissionEngine;
  /** What the caller sees, read inside the transaction (on SQLite the request's own reads would wait for it). */
  readonly visibility: Visibility;
  readonly policy: GrantPolicy;
}
