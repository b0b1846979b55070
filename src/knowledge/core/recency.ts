/**
 * A map of at most `limit` entries kept in the order they were last used, so that past the limit the least
 * recently used goes first. A Map already iterates in insertion order; a hit is moved to the end by
 * deleting and setting it again, and the first key is the oldest. Used by the caches that keep a few of
 * many things: charts drawn, Slack answers rendered, a vocabulary's last searches. Values are never
 * undefined, so a miss is plain.
 */
export class RecentlyUsed<K, V extends NonNullable<unknown>> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for the key; a hit is a use, so it becomes the most recent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value kept for the key, its place left as it is: a look that is no use. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  /**
   * Keeps the value. A new key is the most recent, and past the limit the least recent go; a key kept
   * already has its value replaced where it stands (as a Map's `set` does), since only a `get` is a use.
   */
  set(key: K, value: V): void {
    this.entries.set(key, value);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
