import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import type { Database } from '../persistence/orm.js';
import { AccessEventRepository, type EventPosition } from '../persistence/repositories/access-event.repository.js';
import { currentRevision } from '../persistence/revision-counter.js';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import { afterRevision, positionOf, readWholeRevisions } from './whole-revisions.js';

/** Events per read of the log; a revision larger than this is still read whole. */
const PAGE_SIZE = 500;

/**
 * Receives each run of new events, whole revisions in log order. Called with one run at a time:
 * the next read waits until the returned promise settles. It must not throw; a failure is logged.
 */
export type EventSink = (events: readonly AccessEvent[]) => Promise<void>;

/**
 * The one reader of the access event log in a gateway. Woken by the notifier (and by a timer, the
 * catch-up for a lost notification), it reads every event after the last one it handed on, by
 * position, and hands them to the fan-out. Nothing is lost when a wake-up is: the next read starts
 * where the last one ended, whoever woke it.
 */
export class EventLogTail {
  private last: EventPosition = afterRevision(0);
  private draining: Promise<void> | undefined;
  private wokenWhileDraining = false;
  private poll: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly sink: EventSink,
    private readonly pollIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * Where the fan-out stands: every event up to here was handed on (or predates the start), every
   * later one will be. A subscription registered now replays up to this position from the log
   * and receives the rest live, which is what makes the seam gap-free and duplicate-free.
   */
  get position(): EventPosition {
    return this.last;
  }

  /** Starts at the log's head: events committed before start-up are only ever replayed. */
  async start(): Promise<void> {
    this.last = afterRevision(await currentRevision(this.db.fork()));
    this.poll = setInterval(() => this.wake(), this.pollIntervalMs);
    this.poll.unref();
  }

  /** Reads what is new, now or right after the read in progress. Never throws. */
  wake(): void {
    if (this.closed) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wokenWhileDraining) {
        this.wokenWhileDraining = false;
        this.wake();
      }
    });
  }

  /** Stops polling and waits for the read in progress. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const repository = new AccessEventRepository(this.db.fork());
        const { events, hasMore } = await readWholeRevisions((after) => repository.all({ after, limit: PAGE_SIZE }), this.last);
        if (events.length === 0 || this.closed) return;
        // Moved before handing on, synchronously with the fan-out's snapshot of its subscribers.
        this.last = positionOf(events.at(-1)!);
        await this.sink(events);
        if (!hasMore) return;
      }
    } catch (error) {
      this.logger.error('reading the access event log failed; retrying at the next wake-up', describeError(error));
    }
  }
}
