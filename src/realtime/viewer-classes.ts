import { ForwardingGrantStore } from '../authz/forwarding-grant-store.js';
import type { GrantStore, PlacedGrant } from '../authz/grant-store.js';
import { LruMap } from '../authz/lru-map.js';
import { alongChain } from '../authz/member-grants.js';
import type { Principal } from '../domain/principal.js';
import type { ScopeChain } from '../domain/scope.js';

/**
 * Viewers the feed judges alike: in one organization, of one kind and standing, holding the same
 * grants there. `id` stands for the class in evaluations, which read `principal` and `grants`,
 * the member it was made from as it was then, and never a member's grants as read later: the
 * answers are the class's, whatever has become of that member.
 */
export interface ViewerClass {
  /** An id no principal has: the class evaluated as a viewer of its own. */
  readonly id: string;
  readonly organizationId: string;
  readonly principal: Principal;
  /** Ordered by scope id, as the grant cache holds them. */
  readonly grants: readonly PlacedGrant[];
  /**
   * The answers given about the class, by question key: true for as long as the class lives, but
   * started afresh between batches once there are more than `ANSWERS_PER_CLASS`.
   */
  answers: Map<string, boolean>;
}

/**
 * Answers a class keeps before it starts afresh. Every event asks its scope's questions, so over
 * days a class would otherwise hold an answer for every scope any event touched: with ten thousand
 * subscribers of ten thousand different classes, hundreds of megabytes. Bounded, a class costs at
 * most one evaluation per question a batch asks again, and a few kilobytes.
 */
export const ANSWERS_PER_CLASS = 128;

/** What names a principal whose access changed. */
interface NamesPrincipal {
  readonly principalId: string | null;
}

/**
 * The live feed's classes of viewers, kept across batches. A class's answers depend on its grants
 * and on scope chains, which never change, so a class never goes stale; a viewer's place in one
 * does, when its access changes, and every such change records an event naming it. The feed reads
 * every event in log order and `forget`s each batch's before judging it, so a viewer is placed
 * again, from grants at least as new as the batch, whenever its own have changed.
 *
 * A batch then costs a look-up per subscriber instead of reading its grants again, and ten
 * thousand subscribers of one class share one answer to each question. Bounded like the grant
 * cache, least recently used first; a viewer dropped is placed again when next judged.
 */
export class ViewerClasses {
  private readonly classOfViewer: LruMap<string, Map<string, ViewerClass>>;
  private readonly classBySignature: LruMap<string, ViewerClass>;
  /** Classes holding more than ANSWERS_PER_CLASS answers, cleared before the next batch (never during one). */
  private readonly overfull = new Set<ViewerClass>();
  private made = 0;

  constructor(capacity: number) {
    this.classOfViewer = new LruMap(capacity);
    this.classBySignature = new LruMap(capacity);
  }

  /** The viewer's class in the organization, unless it was never placed or its access changed since. */
  classOf(principalId: string, organizationId: string): ViewerClass | undefined {
    return this.classOfViewer.get(principalId)?.get(organizationId);
  }

  /** Places the principal, as read now with its grants in the organization, in its class (made if new). */
  place(organizationId: string, principal: Principal, grants: readonly PlacedGrant[]): ViewerClass {
    const signature = `${organizationId} ${principal.kind} ${principal.disabled ? 'disabled' : 'enabled'} ${grantsSignature(grants)}`;
    let viewerClass = this.classBySignature.get(signature);
    if (!viewerClass) {
      viewerClass = { id: `viewer-class:${++this.made}`, organizationId, principal, grants, answers: new Map() };
      this.classBySignature.set(signature, viewerClass);
    }
    let byOrganization = this.classOfViewer.get(principal.id);
    if (!byOrganization) {
      byOrganization = new Map();
      this.classOfViewer.set(principal.id, byOrganization);
    }
    byOrganization.set(organizationId, viewerClass);
    return viewerClass;
  }

  /** A new question about the class is being answered: one holding too many answers starts afresh before the next batch. */
  answering(viewerClass: ViewerClass): void {
    if (viewerClass.answers.size >= ANSWERS_PER_CLASS) this.overfull.add(viewerClass);
  }

  /**
   * Before a batch: forgets where the principals these events name were placed, in every
   * organization, and the answers of classes that hold too many.
   */
  forget(events: Iterable<NamesPrincipal>): void {
    for (const event of events) if (event.principalId !== null) this.classOfViewer.delete(event.principalId);
    for (const viewerClass of this.overfull) viewerClass.answers = new Map();
    this.overfull.clear();
  }
}

/**
 * The store a class is evaluated on: its own id answers with the principal and grants it was made
 * from; every other read goes to the batch's store.
 */
export class ViewerClassGrantStore extends ForwardingGrantStore {
  constructor(
    source: GrantStore,
    private readonly viewerClass: ViewerClass,
  ) {
    super(source);
  }

  override async principals(ids: readonly string[]): Promise<Map<string, Principal>> {
    const others = ids.filter((id) => id !== this.viewerClass.id);
    const found = others.length > 0 ? await this.source.principals(others) : new Map<string, Principal>();
    if (others.length < ids.length) found.set(this.viewerClass.id, { ...this.viewerClass.principal, id: this.viewerClass.id });
    return found;
  }

  override async grantsAlongChain(principalId: string, chain: ScopeChain): Promise<PlacedGrant[]> {
    if (principalId !== this.viewerClass.id) return this.source.grantsAlongChain(principalId, chain);
    if (chain.organizationId !== this.viewerClass.organizationId) return [];
    return alongChain(this.viewerClass.grants, chain).map((grant) => ({ ...grant, principalId: this.viewerClass.id }));
  }
}

/**
 * The grants' signature, kept for as long as the list lives: the grant cache hands out the same
 * list until the principal's access changes.
 */
const signaturesOfGrants = new WeakMap<readonly PlacedGrant[], string>();

/** Grants come ordered by scope id (`grantsByPrincipalInOrganization`), so equal sets give equal strings. */
function grantsSignature(grants: readonly PlacedGrant[]): string {
  let signature = signaturesOfGrants.get(grants);
  if (signature === undefined) {
    signature = grants.map((grant) => `${grant.role}@${grant.scope.id}`).join('|');
    signaturesOfGrants.set(grants, signature);
  }
  return signature;
}
