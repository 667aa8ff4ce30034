/**
 * Wakes the event-log readers of every gateway on a database when a change commits. An
 * announcement carries nothing a reader relies on: it only says "read the log now". A lost one
 * delays delivery until the next catch-up poll, a duplicate costs one empty read, so adapters may
 * be at-most-once.
 */
export interface ChangeNotifier {
  /**
   * Announces that `revision` committed, to this gateway at once and to the others on the same
   * database. Never throws: a failure is logged and the catch-up poll covers it.
   */
  announce(revision: number): void;
  /**
   * Sets the one listener called for each announcement from this or another gateway, and after a
   * lost connection is restored (changes may have committed unannounced meanwhile). The listener
   * must not throw.
   */
  onAnnouncement(listener: () => void): void;
  /** Stops listening; announcements after this are dropped. */
  close(): Promise<void>;
}
