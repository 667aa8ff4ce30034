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
import { ViewerClassGrantStore, ViewerClasses, type ViewerClass } from './viewer-classes.js';

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
 * `settle` computes every question not yet answered once, then they read `answer`s
 * synchronously. A question is distinct per viewer or, for viewers whose grants were read up
 * front, per class of viewers with the same grants (`ViewerClasses`): ten thousand subscribers
 * holding the same roles cost one evaluation, and none of them waits on a promise of its own.
 * Given the feed's classes, what was answered for a class in earlier batches stands, and viewers
 * it placed before are not read again until an event names them; every event is thus judged on
 * the viewer's grants as of that event or later, as a fresh read would. Without them (the grant
 * cache turned off), classes last for the batch; a replay page, which reads nothing up front,
 * judges its one viewer alone.
 *
 * Every question answers false, rather than throwing, when its subject no longer exists: a
 * subscriber is refused what it cannot be shown to see.
 */
export class BatchAuthorizer {
  private readonly store: PrefetchedGrantStore;
  private readonly engine: PermissionEngine;
  private organizationId: string | undefined;
  private readonly loneViewers = new Map<string, ViewerAuthorization>();
  /** `keepConclusion`'s conclusions, by class and key. */
  private readonly conclusions = new Map<ViewerClass, Map<string, unknown>>();
  /** Questions not yet settled, by the class (or the lone viewer's answers) they are about. */
  private readonly asked = new Map<Map<string, boolean>, Map<string, () => Promise<boolean>>>();
  private readonly permissionsAsked = new Map<string, () => Promise<EffectivePermissions>>();
  private readonly permissions = new Map<string, EffectivePermissions>();

  constructor(
    em: SqlEntityManager,
    grantCache: GrantCache,
    private readonly classes: ViewerClasses = new ViewerClasses(Number.POSITIVE_INFINITY),
  ) {
    this.store = new PrefetchedGrantStore(new CachedGrantStore(grantCache, new DatabaseGrantStore(em)));
    this.engine = new PermissionEngine(this.store);
  }

  /**
   * Reads, in a few statements, what the questions about these principals in the organization
   * need: all but viewers already placed in a class there.
   */
  prefetch(organizationId: string, principalIds: readonly string[]): Promise<void> {
    this.organizationId = organizationId;
    return this.store.prefetch(
      organizationId,
      principalIds.filter((id) => !this.classes.classOf(id, organizationId)),
    );
  }

  /**
   * What this batch asks and answers about one viewer: its class's questions, or its own. A
   * class member's handle is cheap and made on each call; a lone viewer's is kept for the batch.
   */
  viewer(viewerId: string): ViewerAuthorization {
    // A viewer judged alone stays alone for the batch, even if a new subscription of its places it
    // in a class meanwhile: its questions were asked as its own.
    const judgedAlone = this.loneViewers.get(viewerId);
    if (judgedAlone) return judgedAlone;
    const viewerClass = this.classOf(viewerId);
    if (viewerClass) return new ViewerAuthorization(viewerId, viewerClass.answers, viewerClass, this);
    const lone = new ViewerAuthorization(viewerId, new Map(), undefined, this);
    this.loneViewers.set(viewerId, lone);
    return lone;
  }

  /** The viewer's handle if it is already in a class in the organization (nothing is read or placed), else undefined. */
  placedViewer(viewerId: string, organizationId: string): ViewerAuthorization | undefined {
    const viewerClass = this.classes.classOf(viewerId, organizationId);
    return viewerClass && new ViewerAuthorization(viewerId, viewerClass.answers, viewerClass, this);
  }

  /**
   * What a caller concluded about the batch for a member of the viewer's class, under its `key`
   * (`keepConclusion`); undefined if nothing yet, or if the viewer is judged alone. Only for
   * conclusions that rest on the class's answers, never on which member the viewer is.
   */
  conclusion<T>(viewer: ViewerAuthorization, key: string): T | undefined {
    return viewer.viewerClass && (this.conclusions.get(viewer.viewerClass)?.get(key) as T | undefined);
  }

  /** Keeps a conclusion for the rest of the viewer's class in this batch (nothing for a lone viewer); returns it. */
  keepConclusion<T>(viewer: ViewerAuthorization, key: string, value: T): T {
    if (!viewer.viewerClass) return value;
    let concluded = this.conclusions.get(viewer.viewerClass);
    if (!concluded) {
      concluded = new Map();
      this.conclusions.set(viewer.viewerClass, concluded);
    }
    concluded.set(key, value);
    return value;
  }

  /** Asks for a principal's effective permissions at a scope, as they are now. */
  askPermissions(principalId: string, scope: ScopeRef): void {
    const key = `${principalId} ${scopeKey(scope)}`;
    if (!this.permissions.has(key) && !this.permissionsAsked.has(key)) this.permissionsAsked.set(key, () => this.effectivePermissions(principalId, scope));
  }

  /** Answers every question asked since the last call. */
  async settle(): Promise<void> {
    const asked = [...this.asked].flatMap(([answers, questions]) => [...questions].map(([key, evaluate]) => ({ answers, key, evaluate })));
    this.asked.clear();
    const permissionsAsked = [...this.permissionsAsked];
    this.permissionsAsked.clear();
    await Promise.all([
      ...asked.map(async ({ answers, key, evaluate }) => answers.set(key, await evaluate())),
      ...permissionsAsked.map(async ([key, compute]) => this.permissions.set(key, await compute())),
    ]);
  }

  /** Effective permissions asked for and settled. */
  effectivePermissionsOf(principalId: string, scope: ScopeRef): EffectivePermissions {
    const permissions = this.permissions.get(`${principalId} ${scopeKey(scope)}`);
    if (!permissions) throw new Error(`Unsettled effective permissions of ${principalId} at ${scopeKey(scope)}`);
    return permissions;
  }

  /** The viewer's class in the batch's organization: known, or placed now if its grants were read up front. */
  private classOf(viewerId: string): ViewerClass | undefined {
    if (this.organizationId === undefined) return undefined;
    const known = this.classes.classOf(viewerId, this.organizationId);
    if (known) return known;
    const read = this.store.prefetched(viewerId);
    return read && this.classes.place(this.organizationId, read.principal, read.grants);
  }

  /** Records a question its viewer's answers lack, once per class (or lone viewer) and batch. */
  ask(viewer: ViewerAuthorization, question: Question): void {
    let asked = this.asked.get(viewer.answers);
    if (!asked) {
      asked = new Map();
      this.asked.set(viewer.answers, asked);
    }
    if (asked.has(question.key)) return;
    const { viewerId, viewerClass } = viewer;
    if (viewerClass) this.classes.answering(viewerClass);
    asked.set(question.key, () => (viewerClass ? this.evaluateClass(viewerClass, viewerId, question) : this.evaluate(this.engine, viewerId, question)));
  }

  /**
   * A class's question, evaluated as the class itself (its own id, on the grants it was made
   * from): the viewer asking about its own access asks about the class's.
   */
  private evaluateClass(viewerClass: ViewerClass, viewerId: string, question: Question): Promise<boolean> {
    const asClass = question.kind === 'seeAccessOf' && question.principalId === viewerId ? { ...question, principalId: viewerClass.id } : question;
    return this.evaluate(new PermissionEngine(new ViewerClassGrantStore(this.store, viewerClass)), viewerClass.id, asClass);
  }

  private async evaluate(engine: PermissionEngine, viewerId: string, question: Question): Promise<boolean> {
    const visibility = new Visibility(engine, viewerId);
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

/** One viewer's part of a batch: `ask` before the batch settles, `answer` after. */
export class ViewerAuthorization {
  constructor(
    readonly viewerId: string,
    /** Its class's answers, or its own. */
    readonly answers: Map<string, boolean>,
    /** The class it is judged as, or undefined when it is judged alone. */
    readonly viewerClass: ViewerClass | undefined,
    private readonly batch: BatchAuthorizer,
  ) {}

  /** Asks the question unless it is answered already; says whether it was. */
  ask(question: Question): boolean {
    if (this.answers.has(question.key)) return true;
    this.batch.ask(this, question);
    return false;
  }

  /** The answer to a question asked and settled; asking for one that was not is a bug. */
  answer(question: Question): boolean {
    const answer = this.answers.get(question.key);
    if (answer === undefined) throw new Error(`Unsettled question for ${this.viewerId}: ${JSON.stringify(question)}`);
    return answer;
  }
}

/** Scope ids are unique across levels, so the innermost id names a scope. */
function innermostId(chain: ScopeChain): string {
  return chain.environmentId ?? chain.projectId ?? chain.organizationId;
}
