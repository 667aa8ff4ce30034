import type { EffectivePermission, EffectivePermissions } from '../authz/effective-permissions.js';
import { ForbiddenError } from '../domain/errors.js';
import type { ScopeChain, ScopeRef } from '../domain/scope.js';
import { seeAccessOfQuestion, type BatchAuthorizer, type Question } from './batch-authorizer.js';
import type { ConnectionBudget } from './connection-budget.js';
import type { FeedSubscription, OrganizationBatch } from './feed-subscription.js';
import { FeedStream } from './feed-stream.js';
import { diffPermissions, isEmptyDiff, type EffectivePermissionsUpdate } from './permission-diff.js';

/**
 * `effectivePermissionsChanged`: a principal's effective permissions at a scope, first as they
 * are, then again each time a change alters them, with the difference. Only batches naming the
 * watched principal (whose grants alone make its permissions) or the subscriber (whose grants
 * decide what it may see) are looked at; the set is recomputed on the batch's authorization and
 * sent only when it differs. Losing sight of the watched access ends the subscription with
 * FORBIDDEN.
 *
 * Registered before its first set is computed, so that no change slips between the two; batches
 * wait for that first set (`begin`, `whenReady`).
 */
export class EffectivePermissionsSubscription implements FeedSubscription {
  readonly stream: FeedStream<EffectivePermissionsUpdate>;
  readonly organizationId: string;
  readonly principals: readonly string[];
  private last: readonly EffectivePermission[] = [];
  /** Whether the subscriber may still see the watched access. */
  private readonly authorization: Question;
  private readonly started: Promise<void>;
  private isStarted = false;
  private markStarted: () => void = () => undefined;

  constructor(
    private readonly viewerId: string,
    private readonly principalId: string,
    private readonly scope: ScopeRef,
    chain: ScopeChain,
    /** The fan-out's revision when the subscription registered: the first set reflects at least this one. */
    private readonly boundary: number,
    budget: ConnectionBudget,
    onEnd: () => void,
  ) {
    this.organizationId = chain.organizationId;
    this.principals = [viewerId, principalId];
    this.authorization = seeAccessOfQuestion(viewerId, principalId, chain);
    this.stream = new FeedStream(budget, boundary, onEnd);
    this.started = new Promise((resolve) => {
      this.markStarted = () => {
        this.isStarted = true;
        resolve();
      };
    });
  }

  get lastDeliveredRevision(): number {
    return this.stream.lastDeliveredRevision;
  }

  /** Sends the first set: every permission in it counts as added. */
  begin(initial: EffectivePermissions): void {
    this.last = initial.permissions;
    this.stream.push({ revision: this.boundary, values: [{ revision: this.boundary, effectivePermissions: initial, diff: diffPermissions([], initial.permissions) }] });
    this.markStarted();
  }

  /** The subscription was refused: it ends without sending anything. */
  abandon(): void {
    void this.stream.return();
    this.markStarted();
  }

  whenReady(): Promise<void> | undefined {
    return this.isStarted ? undefined : this.started;
  }

  /** Nothing to judge unless the batch names the watched principal or the subscriber; otherwise its effective permissions need a settling. */
  judgeAtOnce(batch: OrganizationBatch): boolean {
    return !this.concerns(batch);
  }

  plan(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    if (!this.concerns(batch)) return;
    authz.viewer(this.viewerId).ask(this.authorization);
    authz.askPermissions(this.principalId, this.scope);
  }

  receive(batch: OrganizationBatch, authz: BatchAuthorizer): void {
    if (!this.concerns(batch)) return;
    if (!authz.viewer(this.viewerId).answer(this.authorization)) {
      this.stream.fail(
        new ForbiddenError('You may no longer see these effective permissions, so this subscription has ended.', { lastRevision: this.stream.lastDeliveredRevision }),
      );
      return;
    }
    const current = authz.effectivePermissionsOf(this.principalId, this.scope);
    const diff = diffPermissions(this.last, current.permissions);
    this.last = current.permissions;
    if (isEmptyDiff(diff)) return;
    this.stream.push({ revision: batch.lastRevision, values: [{ revision: batch.lastRevision, effectivePermissions: current, diff }] });
  }

  /** Only the watched principal's grants make its permissions, and only the subscriber's decide what it may see. */
  private concerns(batch: OrganizationBatch): boolean {
    return !this.stream.ended && (batch.principals.has(this.principalId) || batch.principals.has(this.viewerId));
  }

  fallBehind(): void {
    this.stream.fallBehind();
  }
}
