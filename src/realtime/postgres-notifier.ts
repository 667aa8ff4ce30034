import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../server/logger.js';
import { describeError } from '../server/logger.js';
import type { ChangeNotifier } from './change-notifier.js';

/** The PostgreSQL channel every gateway on a database listens on. Payload: `<gateway id>:<revision>`. */
export const ACCESS_CHANGES_CHANNEL = 'rolegate_access_changes';

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 30_000;

/**
 * The notifier for PostgreSQL: after a commit, `NOTIFY` on one channel wakes every gateway
 * sharing the database, each of which then reads the new events from the log itself. It holds a
 * dedicated connection (outside the ORM's pool, since LISTEN needs one connection for its whole
 * life) and reconnects with backoff when it drops; the reader's catch-up poll covers the outage,
 * and a reconnect wakes the reader at once.
 */
export class PostgresNotifier implements ChangeNotifier {
  /** Distinguishes this gateway's own notifications, which it has already acted on. */
  private readonly gatewayId = randomUUID();
  private client: pg.Client | undefined;
  private listener: (() => void) | undefined;
  private closed = false;
  private reconnectDelayMs = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** The latest committed revision not yet sent, while a NOTIFY is under way. */
  private unannounced: number | undefined;
  private notifying = false;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects and LISTENs; fails (and the gateway does not start) when PostgreSQL refuses. */
  static async connect(url: string, logger: Logger): Promise<PostgresNotifier> {
    const notifier = new PostgresNotifier(url, logger);
    await notifier.listen();
    return notifier;
  }

  announce(revision: number): void {
    this.listener?.();
    this.unannounced = Math.max(this.unannounced ?? 0, revision);
    if (!this.notifying) void this.notifyLatest();
  }

  onAnnouncement(listener: () => void): void {
    this.listener = listener;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /**
   * One NOTIFY at a time on the listening connection: pg queues statements sent to a busy client
   * only with a deprecation warning (its next major refuses them). A burst of commits is announced
   * by its latest revision, which is all a reader needs: it reads everything up to it from the log.
   */
  private async notifyLatest(): Promise<void> {
    this.notifying = true;
    try {
      while (this.unannounced !== undefined && this.client) {
        const revision = this.unannounced;
        this.unannounced = undefined;
        await this.client.query('select pg_notify($1, $2)', [ACCESS_CHANGES_CHANNEL, `${this.gatewayId}:${revision}`]).catch((error: unknown) => {
          this.logger.warn('could not NOTIFY the other gateways; they will catch up at their next poll', describeError(error));
        });
      }
    } finally {
      this.notifying = false;
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === ACCESS_CHANGES_CHANNEL && !message.payload?.startsWith(`${this.gatewayId}:`)) this.listener?.();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANGES_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelayMs = RECONNECT_MIN_MS;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.logger.warn('lost the LISTEN connection to PostgreSQL; reconnecting (events are still read at each poll)', describeError(error));
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    this.reconnectTimer = setTimeout(() => {
      this.listen().then(
        () => {
          this.logger.info('LISTEN connection to PostgreSQL restored');
          this.listener?.();
        },
        (error: unknown) => {
          this.logger.warn('could not restore the LISTEN connection to PostgreSQL', describeError(error));
          this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, RECONNECT_MAX_MS);
          this.scheduleReconnect();
        },
      );
    }, this.reconnectDelayMs);
    this.reconnectTimer.unref();
  }
}
