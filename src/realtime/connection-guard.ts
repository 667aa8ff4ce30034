import { authenticate } from '../auth/authenticate.js';
import { RolegateError } from '../domain/errors.js';
import type { Database } from '../persistence/orm.js';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import type { FeedConnection } from './feed-connection.js';

/**
 * Keeps open connections authenticated. A WebSocket authenticates once, in `connection_init`, but
 * may stay open for days: this re-runs `authenticate` on their credentials on a timer and whenever
 * an event may have invalidated some (a token revoked, a principal disabled or removed), and closes
 * with 4403 those that no longer pass. Connections sharing a credential are checked once. A check
 * that fails for another reason (the database is down) closes nothing; the next one decides.
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
    const byCredential = new Map<string, FeedConnection[]>();
    for (const connection of connections) {
      if (connection.isRefused) continue;
      const group = byCredential.get(connection.authorization);
      if (group) group.push(connection);
      else byCredential.set(connection.authorization, [connection]);
    }
    for (const group of byCredential.values()) {
      const refusal = await this.refusal(group[0]!);
      if (refusal !== undefined) for (const connection of group) connection.refuse(refusal);
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

  private async refusal(connection: FeedConnection): Promise<string | undefined> {
    try {
      const viewer = await authenticate(connection.authorization, this.db.fork());
      return viewer.principalId === connection.viewer.principalId ? undefined : 'The credentials now name another principal.';
    } catch (error) {
      if (error instanceof RolegateError) return error.message;
      this.logger.warn('could not re-check a connection; it stays open until the next check', describeError(error));
      return undefined;
    }
  }
}
