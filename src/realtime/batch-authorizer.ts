import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EffectivePermissions } from '../authz/effective-permissions.js';
import { PermissionEngine } from '../authz/permission-engine.js';
import { Visibility } from '../authz/visibility.js';
import { RolegateError } from '../domain/errors.js';
import { scopeKey, scopeOfChain, type ScopeChain, type ScopeRef } from '../domain/scope.js';
import { DatabaseGrantStore } from '../persistence/database-grant-store.js';
import { PrefetchedGrantStore } from './prefetched-grant-store.js';

/**
 * The authorization of one batch of events (or one page of a replay): the visibility rules of
 * `authz/visibility.ts`, asked of the permission engine over the batch's own EntityManager. Each
 * answer is computed once per viewer, or, for viewers whose grants were read up front, once per
 * set of grants (`PrefetchedGrantStore.signatureOf`): ten thousand subscribers holding the same
 * roles cost one evaluation. Made per batch and dropped after it, so every event is judged on the
 * grants as they are when it is sent, never on anything remembered from an earlier one.
 *
 * Every question answers false, rather than throwing, when its subject no longer exists: a
 * subscriber is refused what it cannot be shown to see.
 */
export class BatchAuthorizer {
  private readonly store: PrefetchedGrantStore;
  private readonly engine: PermissionEngine;
  private readonly visibilities = new Map<string, Visibility>();
  private readonly answers = new Map<string, Promise<boolean>>();

  constructor(em: SqlEntityManager) {
    this.store = new PrefetchedGrantStore(new DatabaseGrantStore(em));
    this.engine = new PermissionEngine(this.store);
  }

  /** Reads, in a few statements, what the questions about these principals in the organization need. */
  prefetch(organizationId: string, principalIds: readonly string[]): Promise<void> {
    return this.store.prefetch(organizationId, principalIds);
  }

  /** Whether the viewer can see the scope (holds any permission there). */
  canSee(viewerId: string, scope: ScopeRef): Promise<boolean> {
    return this.answer(`sees ${scopeKey(scope)}`, (visibility) => visibility.canSee(scope), viewerId);
  }

  /** Whether the viewer can see who holds access at the chain's scope (the scope itself must be visible too). */
  canSeeMembers(viewerId: string, chain: ScopeChain): Promise<boolean> {
    const scope = scopeOfChain(chain);
    return this.answer(`sees members of ${scopeKey(scope)}`, (visibility) => visibility.canSeeMembers(chain), viewerId);
  }

  /** Whether the viewer may see the principal's access at the chain's scope (`Visibility.requireAccessOfVisible`). */
  canSeeAccessOf(viewerId: string, principalId: string, chain: ScopeChain): Promise<boolean> {
    const scope = scopeOfChain(chain);
    return this.answer(
      // Whose access it is matters only as "one's own" or "another's" (`Visibility.requireAccessOfVisible`).
      `sees access of ${principalId === viewerId ? 'self' : 'another'} at ${scopeKey(scope)}`,
      async (visibility) => {
        await visibility.requireAccessOfVisible(principalId, chain);
        return true;
      },
      viewerId,
    );
  }

  /** The principal's effective permissions at the scope now; a principal that no longer exists holds none. */
  async effectivePermissions(principalId: string, scope: ScopeRef): Promise<EffectivePermissions> {
    try {
      return await this.engine.effectivePermissions(principalId, scope);
    } catch (error) {
      if (error instanceof RolegateError) return { principalId, scope, permissions: [] };
      throw error;
    }
  }

  private answer(question: string, ask: (visibility: Visibility) => Promise<boolean>, viewerId: string): Promise<boolean> {
    const key = `${this.store.signatureOf(viewerId) ?? viewerId} ${question}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = ask(this.visibilityOf(viewerId)).catch((error: unknown) => {
        if (error instanceof RolegateError) return false;
        throw error;
      });
      this.answers.set(key, answer);
    }
    return answer;
  }

  private visibilityOf(viewerId: string): Visibility {
    let visibility = this.visibilities.get(viewerId);
    if (!visibility) {
      visibility = new Visibility(this.engine, viewerId);
      this.visibilities.set(viewerId, visibility);
    }
    return visibility;
  }
}
