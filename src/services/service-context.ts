import type { SqlEntityManager } from '@mikro-orm/knex';
import { GrantPolicy } from '../authz/grant-policy.js';
import type { GrantStore } from '../authz/grant-store.js';
import { PermissionEngine } from '../authz/permission-engine.js';
import { Visibility } from '../authz/visibility.js';
import type { PrincipalKind } from '../domain/principal.js';
import { runAccessChange, type AccessChange, type AccessChangeHooks, type CommittedChange } from '../persistence/access-change.js';
import { DatabaseGrantStore } from '../persistence/database-grant-store.js';

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
 * request's grant store (batched across the request's resolvers when built with one). Changes run
 * in their own transaction with an engine over the transaction, so their checks see their writes.
 */
export class ServiceContext {
  readonly engine: PermissionEngine;
  readonly visibility: Visibility;

  constructor(
    readonly em: SqlEntityManager,
    readonly viewer: Viewer,
    readonly store: GrantStore = new DatabaseGrantStore(em),
    private readonly hooks: AccessChangeHooks = {},
  ) {
    this.engine = new PermissionEngine(store);
    this.visibility = new Visibility(this.engine, viewer.principalId);
  }

  /** Runs one access change as one transaction, with the policy and engine bound to it. */
  change<T>(body: (change: AccessChange, authz: TransactionAuthz) => Promise<T>): Promise<CommittedChange<T>> {
    return runAccessChange(
      this.em,
      this.viewer.principalId,
      (change) => {
        const store = new DatabaseGrantStore(change.em);
        const engine = new PermissionEngine(store);
        return body(change, { store, engine, policy: new GrantPolicy(store, engine) });
      },
      this.hooks,
    );
  }
}

export interface TransactionAuthz {
  readonly store: GrantStore;
  readonly engine: PermissionEngine;
  readonly policy: GrantPolicy;
}
