import { ResubscribeRequiredError } from '../domain/errors.js';
import type { ConnectionBudget } from './connection-budget.js';

/** What one change delivers to one subscription: its values, sent in order, and its revision. */
export interface Delivery<T> {
  readonly revision: number;
  readonly values: readonly T[];
}

/** Supplies the deliveries that come before the live ones (a replay); undefined once it has none left. */
export type Prelude<T> = () => Promise<Delivery<T> | undefined>;

type Ending = { readonly kind: 'closed' } | { readonly kind: 'failed'; readonly error: Error } | { readonly kind: 'behind' };

/**
 * One subscription's stream: an optional prelude, then a bounded queue of live deliveries, read
 * as an async iterator by graphql-ws (one `next` at a time). The fan-out only ever pushes, so a
 * slow reader delays nobody; its queue counts against its connection's budget, and a delivery
 * that does not fit ends the stream with RESUBSCRIBE_REQUIRED carrying the last revision delivered
 * in full, from which the client resumes.
 *
 * `return()` (the client completed, or the socket closed) ends the stream at once, even while a
 * `next()` waits; `onEnd` runs exactly once, however the stream ends.
 */
export class FeedStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: Delivery<T>[] = [];
  private current: Delivery<T> | undefined;
  private index = 0;
  private ending: Ending | undefined;
  private wakeReader: (() => void) | undefined;

  constructor(
    private readonly budget: ConnectionBudget,
    /** The last revision delivered in full: where a resubscription would resume. */
    private deliveredThrough: number,
    private readonly onEnd: () => void,
    private prelude?: Prelude<T>,
  ) {}

  /** The last revision whose values were all handed to the client. */
  get lastDeliveredRevision(): number {
    return this.deliveredThrough;
  }

  get ended(): boolean {
    return this.ending !== undefined;
  }

  /**
   * Queues a delivery. One that does not fit the connection's budget ends the stream, unless the
   * stream holds nothing (a single change larger than the whole budget still goes through).
   */
  push(delivery: Delivery<T>): void {
    if (this.ending || delivery.values.length === 0) return;
    const size = delivery.values.length;
    if (!this.budget.tryTake(size)) {
      if (this.queue.length > 0) {
        this.end({ kind: 'behind' });
        return;
      }
      this.budget.force(size);
    }
    this.queue.push(delivery);
    this.wake();
  }

  /** Ends the stream with `error`, dropping whatever was not yet handed out. */
  fail(error: Error): void {
    this.end({ kind: 'failed', error });
  }

  /**
   * Ends the stream with RESUBSCRIBE_REQUIRED: it cannot be told of a change (it fell too far
   * behind, or the change could not be judged for it), so it must resume from the log.
   */
  fallBehind(): void {
    this.end({ kind: 'behind' });
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.ending) return this.finish(this.ending);
      if (this.current && this.index < this.current.values.length) {
        return { value: this.current.values[this.index++]!, done: false };
      }
      if (this.current) {
        this.deliveredThrough = this.current.revision;
        this.current = undefined;
      }
      if (this.prelude) {
        await this.pullPrelude(this.prelude);
        continue;
      }
      const delivery = this.queue.shift();
      if (delivery) {
        this.budget.release(delivery.values.length);
        this.current = delivery;
        this.index = 0;
        continue;
      }
      await new Promise<void>((resolve) => {
        this.wakeReader = resolve;
      });
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.end({ kind: 'closed' });
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private async pullPrelude(prelude: Prelude<T>): Promise<void> {
    try {
      const delivery = await prelude();
      if (delivery === undefined) this.prelude = undefined;
      else if (!this.ending) {
        this.current = delivery;
        this.index = 0;
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private finish(ending: Ending): IteratorResult<T> {
    if (ending.kind === 'closed') return { value: undefined, done: true };
    // Thrown once; graphql-ws then sends it as the operation's error and stops reading.
    this.ending = { kind: 'closed' };
    throw ending.kind === 'failed' ? ending.error : new ResubscribeRequiredError(this.deliveredThrough);
  }

  private end(ending: Ending): void {
    if (this.ending) return;
    this.ending = ending;
    if (this.current && this.index >= this.current.values.length) this.deliveredThrough = this.current.revision;
    for (const delivery of this.queue) this.budget.release(delivery.values.length);
    this.queue.length = 0;
    this.current = undefined;
    this.prelude = undefined;
    this.wake();
    this.onEnd();
  }

  private wake(): void {
    const wake = this.wakeReader;
    this.wakeReader = undefined;
    wake?.();
  }
}
