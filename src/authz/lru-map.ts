interface Entry<V> {
  readonly value: V;
  /** When the entry was inserted or last moved to the young end. */
  stamp: number;
}

/**
 * A map that keeps at most `capacity` entries, dropping the least recently used first. A capacity
 * of 0 keeps nothing, which turns a cache built on it off.
 *
 * Recency is kept by insertion order, but a read moves an entry to the young end only when it has
 * aged past half the capacity: moving every entry on every read (a delete and a set) made V8
 * rehash the map over and over, and cost a grant-cache hit more than the permission check itself.
 * The entry dropped is then one of the least recently used half.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private clock = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, marked as used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.stamp > this.capacity / 2) {
      this.entries.delete(key);
      entry.stamp = ++this.clock;
      this.entries.set(key, entry);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, stamp: ++this.clock });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
