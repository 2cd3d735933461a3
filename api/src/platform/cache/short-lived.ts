/**
 * Values read at most once per `ttlMs` per key (and once at a time): store settings and tax rates that every
 * cart change reads and staff rarely change. `clear()` after a change in this process; other processes see
 * it within `ttlMs`. A failed read is not kept.
 */
export class ShortLived<K, V> {
  private readonly entries = new Map<K, { value: Promise<V>; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: K) => Promise<V>,
    private readonly maxEntries = 1_000,
  ) {}

  get(key: K): Promise<V> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = this.load(key);
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
