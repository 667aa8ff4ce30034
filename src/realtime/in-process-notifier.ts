import type { ChangeNotifier } from './change-notifier.js';

/**
 * The notifier for SQLite, where one gateway owns the database: a commit wakes this process's
 * reader directly. Changes written by another process (the `rolegate` CLI) are found by the
 * catch-up poll.
 */
export class InProcessNotifier implements ChangeNotifier {
  private listener: (() => void) | undefined;

  announce(): void {
    this.listener?.();
  }

  onAnnouncement(listener: () => void): void {
    this.listener = listener;
  }

  async close(): Promise<void> {
    this.listener = undefined;
  }
}
