import { ResubscribeRequiredError } from '../domain/errors.js';
import type { ConnectionBudget } from './connection-budget.js';

/** What one change delivers to one subscription: its values, sent in order, and its revision. */
export interface Delivery<T> {
  readonly revision: number;
  readonly values: readonly T[];
}

/** Supplies the deliveries that come before the live ones (a replay); undefined once it has none left. */
export type Prelude<T> = () => Promise<Delivery<T> | undefined>;

/**
 * What a direct writer reports to its stream, value by value in the order written: `sent` once a
 * value is handed to the transport, `flushed` once it has left the process, or `cannot` when the
 * next value it has not sent cannot be sent its way (the reader then sends it and everything after).
 */
export interface DirectLine {
  /** False once the stream ended: the writer drops whatever it has not sent. */
  open(): boolean;
  sent(): void;
  flushed(): void;
  cannot(): void;
}

/** Sends a stream's values to its client without the reader, in the order written, after all the reader sent. */
export interface DirectWriter<T> {
  write(value: T): void;
}

/** A stream whose live values a transport may send directly (`FeedStream.sendDirectly`). */
export interface DirectlyWritable<T> {
  sendDirectly(writer: (line: DirectLine) => DirectWriter<T>): void;
}

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
 *
 * A transport may also take live values over (`sendDirectly`): once the reader has sent everything
 * before them and waits, each delivery goes straight to the writer, which sends it without the
 * reader's round trip per value; ten thousand subscribers then cost ten thousand socket writes,
 * not ten thousand chains of promises. What it sent but the socket has not flushed stays in the
 * connection's budget, so a client that stops reading still falls behind and is told so.
 */
export class FeedStream<T> implements AsyncIterableIterator<T>, DirectlyWritable<T> {
  private readonly queue: Delivery<T>[] = [];
  private current: Delivery<T> | undefined;
  private index = 0;
  private ending: Ending | undefined;
  private wakeReader: (() => void) | undefined;
  private writer: DirectWriter<T> | undefined = undefined;
  /** Deliveries handed to the writer and not yet all sent, with how many of their values were. */
  private readonly writing: { delivery: Delivery<T>; sent: number }[] = [];
  /** Values the writer sent that have not left the process: they still count against the budget. */
  private unflushed = 0;

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
      if (this.queue.length > 0 || this.writing.length > 0 || this.unflushed > 0) {
        this.end({ kind: 'behind' });
        return;
      }
      this.budget.force(size);
    }
    const writer = this.directWriter();
    if (writer) {
      this.writing.push({ delivery, sent: 0 });
      for (const value of delivery.values) {
        // A writer that gave up has handed back, to the reader, what it had not sent of this delivery.
        if (this.writer !== writer) break;
        writer.write(value);
      }
      return;
    }
    this.queue.push(delivery);
    this.wake();
  }

  /** Lets `writer` send the live deliveries pushed while the reader waits with nothing left to send. */
  sendDirectly(writer: (line: DirectLine) => DirectWriter<T>): void {
    this.writer = writer({
      open: () => this.ending === undefined,
      sent: () => this.sentDirectly(),
      flushed: () => {
        this.unflushed -= 1;
        this.budget.release(1);
      },
      cannot: () => this.takeBack(),
    });
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

  /** The writer, when the reader has sent everything before and waits: only then is the order kept. */
  private directWriter(): DirectWriter<T> | undefined {
    const readerIdle = this.wakeReader !== undefined && this.queue.length === 0 && this.current === undefined && this.prelude === undefined;
    return readerIdle ? this.writer : undefined;
  }

  private sentDirectly(): void {
    const head = this.writing[0]!;
    head.sent += 1;
    this.unflushed += 1;
    if (head.sent < head.delivery.values.length) return;
    this.deliveredThrough = head.delivery.revision;
    this.writing.shift();
  }

  /** The writer cannot send what it holds: the reader sends it, and every later delivery. */
  private takeBack(): void {
    this.writer = undefined;
    const unsent = this.writing.splice(0).map(({ delivery, sent }) => (sent === 0 ? delivery : { revision: delivery.revision, values: delivery.values.slice(sent) }));
    this.queue.unshift(...unsent);
    this.wake();
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
    for (const { delivery, sent } of this.writing.splice(0)) this.budget.release(delivery.values.length - sent);
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
