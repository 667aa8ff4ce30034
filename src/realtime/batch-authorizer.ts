import type { SqlEntityManager } from '@mikro-orm/knex';
import { CachedGrantStore } from '../authz/cached-grant-store.js';
import type { EffectivePermissions } from '../authz/effective-permissions.js';
import type { GrantCache } from '../authz/grant-cache.js';
import { PermissionEngine } from '../authz/permission-engine.js';
import { Visibility } from '../authz/visibility.js';
import { RolegateError } from '../domain/errors.js';
import { scopeKey, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import { DatabaseGrantStore } from '../persistence/database-grant-store.js';
import { PrefetchedGrantStore } from './prefetched-grant-store.js';

/**
 * What a subscription may need to know about its subscriber, by the rules of `authz/visibility.ts`.
 * Made once (per subscription, or per event for all subscribers) by the functions below; `key`
 * names the question whoever asks it.
 */
export type Question = { readonly key: string } & (
  /** Does the viewer see the scope (`Visibility.canSee`)? */
  | { readonly kind: 'see'; readonly scope: ScopeRef }
  /** Does it see who holds access there (`Visibility.canSeeMembers`)? */
  | { readonly kind: 'seeMembers'; readonly chain: ScopeChain }
  /** May it see this principal's access there (`Visibility.requireAccessOfVisible`)? */
  | { readonly kind: 'seeAccessOf'; readonly principalId: string; readonly chain: ScopeChain }
);

export function seeQuestion(scope: ScopeRef): Question {
  return { kind: 'see', scope, key: `sees ${scope.id}` };
}

export function seeMembersQuestion(chain: ScopeChain): Question {
  return { kind: 'seeMembers', chain, key: `sees members of ${innermostId(chain)}` };
}

/** Whose access it is matters to the answer only as the viewer's own or another's (`Visibility.requireAccessOfVisible`). */
export function seeAccessOfQuestion(viewerId: string, principalId: string, chain: ScopeChain): Question {
  return { kind: 'seeAccessOf', principalId, chain, key: `sees access of ${principalId === viewerId ? 'self' : 'another'} at ${innermostId(chain)}` };
}

/**
 * The authorization of one batch of events (or one page of a replay), over the batch's own
 * EntityManager, in three steps: subscriptions `ask` what they need about their `viewer`,
 * `settle` computes every distinct question once, then they read `answer`s synchronously. A
 * question is distinct per viewer or, for viewers whose grants were read up front, per set of grants
 * (`PrefetchedGrantStore.signatureOf`): ten thousand subscribers holding the same roles cost one
 * evaluation, and none of them waits on a promise of its own. Made per batch and dropped after it,
 * so every event is judged on the grants as they are when it is sent, never on anything
 * remembered from an earlier one.
 *
 * Every question answers false, rather than throwing, when its subject no longer exists: a
 * subscriber is refused what it cannot be shown to see.
 */
export class BatchAuthorizer {
  private readonly store: PrefetchedGrantStore;
  private readonly engine: PermissionEngine;
  private readonly viewers = new Map<string, ViewerAuthorization>();
  /** Questions and answers, shared by every viewer with the same signature (else a viewer's own). */
  private readonly bySignature = new Map<string, QuestionsAndAnswers>();
  private readonly permissionsAsked = new Map<string, () => Promise<EffectivePermissions>>();
  private readonly permissions = new Map<string, EffectivePermissions>();

  constructor(em: SqlEntityManager, grantCache: GrantCache) {
    this.store = new PrefetchedGrantStore(new CachedGrantStore(grantCache, new DatabaseGrantStore(em)));
    this.engine = new PermissionEngine(this.store);
  }

  /** Reads, in a few statements, what the questions about these principals in the organization need. */
  prefetch(organizationId: string, principalIds: readonly string[]): Promise<void> {
    return this.store.prefetch(organizationId, principalIds);
  }

  /**
   * What this batch asks and answers about one viewer. Viewers whose grants were read up front
   * share their questions by signature: equal grants, equal answers.
   */
  viewer(viewerId: string): ViewerAuthorization {
    let viewer = this.viewers.get(viewerId);
    if (!viewer) {
      const signature = this.store.signatureOf(viewerId) ?? viewerId;
      let shared = this.bySignature.get(signature);
      if (!shared) {
        shared = { asked: new Map(), answers: new Map() };
        this.bySignature.set(signature, shared);
      }
      viewer = new ViewerAuthorization(viewerId, shared, this.evaluateFor);
      this.viewers.set(viewerId, viewer);
    }
    return viewer;
  }

  /** Asks for a principal's effective permissions at a scope, as they are now. */
  askPermissions(principalId: string, scope: ScopeRef): void {
    const key = `${principalId} ${scopeKey(scope)}`;
    if (!this.permissions.has(key) && !this.permissionsAsked.has(key)) this.permissionsAsked.set(key, () => this.effectivePermissions(principalId, scope));
  }

  /** Answers every question asked since the last call. */
  async settle(): Promise<void> {
    const asked = [...this.bySignature.values()].flatMap((own) => [...own.asked].map(([key, evaluate]) => ({ own, key, evaluate })));
    for (const own of this.bySignature.values()) own.asked.clear();
    const permissionsAsked = [...this.permissionsAsked];
    this.permissionsAsked.clear();
    await Promise.all([
      ...asked.map(async ({ own, key, evaluate }) => own.answers.set(key, await evaluate())),
      ...permissionsAsked.map(async ([key, compute]) => this.permissions.set(key, await compute())),
    ]);
  }

  /** Effective permissions asked for and settled. */
  effectivePermissionsOf(principalId: string, scope: ScopeRef): EffectivePermissions {
    const permissions = this.permissions.get(`${principalId} ${scopeKey(scope)}`);
    if (!permissions) throw new Error(`Unsettled effective permissions of ${principalId} at ${scopeKey(scope)}`);
    return permissions;
  }

  /** One function for every viewer of the batch, not a closure each. */
  private readonly evaluateFor = (viewerId: string, question: Question): Promise<boolean> => this.evaluate(viewerId, question);

  private async evaluate(viewerId: string, question: Question): Promise<boolean> {
    const visibility = new Visibility(this.engine, viewerId);
    try {
      switch (question.kind) {
        case 'see':
          return await visibility.canSee(question.scope);
        case 'seeMembers':
          return await visibility.canSeeMembers(question.chain);
        case 'seeAccessOf':
          await visibility.requireAccessOfVisible(question.principalId, question.chain);
          return true;
      }
    } catch (error) {
      if (error instanceof RolegateError) return false;
      throw error;
    }
  }

  /** A principal that no longer exists holds nothing. */
  private async effectivePermissions(principalId: string, scope: ScopeRef): Promise<EffectivePermissions> {
    try {
      return await this.engine.effectivePermissions(principalId, scope);
    } catch (error) {
      if (error instanceof RolegateError) return { principalId, scope, permissions: [] };
      throw error;
    }
  }
}

/** What was asked in a batch and not yet settled, and what was answered, by question key. */
interface QuestionsAndAnswers {
  readonly asked: Map<string, () => Promise<boolean>>;
  readonly answers: Map<string, boolean>;
}

/** One viewer's part of a batch: `ask` before the batch settles, `answer` after. */
export class ViewerAuthorization {
  constructor(
    readonly viewerId: string,
    private readonly shared: QuestionsAndAnswers,
    private readonly evaluate: (viewerId: string, question: Question) => Promise<boolean>,
  ) {}

  ask(question: Question): void {
    if (!this.shared.answers.has(question.key) && !this.shared.asked.has(question.key)) this.shared.asked.set(question.key, () => this.evaluate(this.viewerId, question));
  }

  /** The answer to a question asked and settled; asking for one that was not is a bug. */
  answer(question: Question): boolean {
    const answer = this.shared.answers.get(question.key);
    if (answer === undefined) throw new Error(`Unsettled question for ${this.viewerId}: ${JSON.stringify(question)}`);
    return answer;
  }
}

/** Scope ids are unique across levels, so the innermost id names a scope. */
function innermostId(chain: ScopeChain): string {
  return chain.environmentId ?? chain.projectId ?? chain.organizationId;
}
