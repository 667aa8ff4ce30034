import type { SqlEntityManager } from '@mikro-orm/knex';
import { readSessionStandings, sessionRefusal, type SessionStanding } from '../auth/session-check.js';
import type { Database } from '../persistence/orm.js';
import { AccessEventRepository } from '../persistence/repositories/access-event.repository.js';
import { currentRevision } from '../persistence/revision-counter.js';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import type { FeedConnection } from './feed-connection.js';

/**
 * Keeps open connections authenticated. A WebSocket authenticates once, in `connection_init`, but
 * may stay open for days: this re-checks their credentials by `authenticate`'s rules
 * (`auth/session-check.ts`, a few statements for ten thousand connections) whenever an event may
 * have invalidated some (a token revoked, a principal disabled or removed), and on a timer, and
 * closes with 4403 those that no longer pass. A check the database cannot answer closes nothing;
 * the next one decides.
 *
 * What the database says about a credential changes only through recorded access changes, each
 * naming the principal it touched. So the timer reads the revision, and when it has moved, whose
 * access the new revisions changed; it re-reads the credentials of those principals' connections
 * only (all of them past `CHANGED_ACCESS_LIMIT` principals), and judges what it holds against the
 * clock every time: an expiry closes the connection within the interval either way.
 */
export class ConnectionGuard {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private readonly standings = new WeakMap<FeedConnection, SessionStanding>();
  /** The revision up to which every change to the connections' credentials has been read. */
  private readAtRevision: number | undefined;

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

  /** Re-reads these connections' credentials now, closing those that stopped working. */
  async revalidate(connections: Iterable<FeedConnection>): Promise<void> {
    await this.guarded(() => this.reread(open(connections)));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** One sweep at a time: a slow one is not stacked on. */
  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.guarded(() => this.recheckAll()).finally(() => {
      this.sweeping = undefined;
    });
  }

  private async recheckAll(): Promise<void> {
    const connections = open(this.connections());
    if (connections.length === 0) return;
    const em = this.db.fork();
    const revision = await currentRevision(em);
    const changed = revision === this.readAtRevision ? new Set<string>() : await this.changedPrincipals(em, revision);
    const stale = connections.filter((connection) => !this.standings.has(connection) || changed === undefined || changed.has(connection.viewer.principalId));
    await this.reread(stale);
    this.readAtRevision = revision;
    const now = new Date();
    for (const connection of connections) this.judge(connection, this.standings.get(connection)!, now);
  }

  /** Whose access changed since the last read; undefined when every credential must be read again. */
  private async changedPrincipals(em: SqlEntityManager, upTo: number): Promise<Set<string> | undefined> {
    if (this.readAtRevision === undefined) return undefined;
    const changes = await new AccessEventRepository(em).accessChangedBetween(this.readAtRevision, upTo);
    return changes && new Set(changes.map((change) => change.principalId!));
  }

  private async reread(connections: readonly FeedConnection[]): Promise<void> {
    if (connections.length === 0) return;
    const now = new Date();
    for (const [connection, standing] of await readSessionStandings(connections, this.db.fork())) {
      this.standings.set(connection, standing);
      this.judge(connection, standing, now);
    }
  }

  private judge(connection: FeedConnection, standing: SessionStanding, now: Date): void {
    const refusal = sessionRefusal(connection, standing, now);
    if (refusal !== undefined) connection.refuse(refusal);
  }

  private async guarded(check: () => Promise<void>): Promise<void> {
    try {
      await check();
    } catch (error) {
      this.logger.error('could not re-check open connections; they stay open until the next check', describeError(error));
    }
  }
}

function open(connections: Iterable<FeedConnection>): FeedConnection[] {
  return [...connections].filter((connection) => !connection.isRefused);
}
