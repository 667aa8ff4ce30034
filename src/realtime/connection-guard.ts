import { refusedSessions } from '../auth/session-check.js';
import type { Database } from '../persistence/orm.js';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import type { FeedConnection } from './feed-connection.js';

/**
 * Keeps open connections authenticated. A WebSocket authenticates once, in `connection_init`, but
 * may stay open for days: this re-checks their credentials by `authenticate`'s rules
 * (`auth/session-check.ts`, a few statements for ten thousand connections) on a timer and whenever
 * an event may have invalidated some (a token revoked, a principal disabled or removed), and closes
 * with 4403 those that no longer pass. A check the database cannot answer closes nothing; the next
 * one decides.
 */
export class ConnectionGuard {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly connections: () => Iterable<FeedConnection>,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  /** Re-checks these connections now, closing those whose credentials stopped working. */
  async revalidate(connections: Iterable<FeedConnection>): Promise<void> {
    const open = [...connections].filter((connection) => !connection.isRefused);
    if (open.length === 0) return;
    try {
      for (const [connection, reason] of await refusedSessions(open, this.db.fork())) connection.refuse(reason);
    } catch (error) {
      this.logger.error('could not re-check open connections; they stay open until the next check', describeError(error));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** One sweep at a time: a slow one is not stacked on. */
  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.revalidate(this.connections()).finally(() => {
      this.sweeping = undefined;
    });
  }
}
