/**
 * The bound on what one WebSocket connection may have waiting to be sent, shared by its
 * subscriptions. A connection that reads slower than changes arrive fills it; the subscription
 * whose event does not fit is then ended (RESUBSCRIBE_REQUIRED) instead of growing without end,
 * and no other connection is slowed: nothing ever waits for a socket but that socket's own
 * subscriptions.
 */
export class ConnectionBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Reserves room for `count` items; false when they do not fit. */
  tryTake(count: number): boolean {
    if (this.used + count > this.limit) return false;
    this.used += count;
    return true;
  }

  /** Takes room for `count` items even beyond the limit (a subscription's single oversized unit). */
  force(count: number): void {
    this.used += count;
  }

  release(count: number): void {
    this.used -= count;
  }

  get queued(): number {
    return this.used;
  }
}
