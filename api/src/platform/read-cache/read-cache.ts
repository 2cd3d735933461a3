/** A cached answer: the serialized body and the headers that describe it. */
export interface CachedAnswer {
  body: string;
  etag: string;
  cacheControl: string;
}

interface Entry {
  answer: CachedAnswer;
  expiresAt: number;
}

export interface ReadCacheOptions {
  /** How long an answer may be served at most. Some answers move with the clock (a delivery estimate passes its cut-off time) without any data changing. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Serialized public reads in memory for a few seconds, least recently used first out, within a byte budget. Every change to
 * what they were built from drops them all (`flush`): a generation number, so a read that started before a
 * flush cannot store what it built from older data. While the change feed is down the cache is suspended:
 * without notifications it could not know what went stale.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generationNumber = 0;
  private live = false;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly budgetBytes: number,
    options: ReadCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True while answers may be served from and stored in the cache. */
  get enabled(): boolean {
    return this.live && this.budgetBytes > 0;
  }

  /** Take this before building an answer; hand it back to `set`. */
  get generation(): number {
    return this.generationNumber;
  }

  get(key: string): CachedAnswer | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    // Map order is the recency order: move a hit to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  /** Stores an answer built during `generation`; ignored when a flush happened meanwhile. */
  set(key: string, answer: CachedAnswer, generation: number): void {
    const size = sizeOf(key, answer);
    if (!this.enabled || generation !== this.generationNumber || size > this.budgetBytes / 4) return;
    this.remove(key);
    this.entries.set(key, { answer, expiresAt: this.now() + this.ttlMs });
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, old.answer);
    }
  }

  flush(): void {
    this.generationNumber += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /** The change feed is listening (true) or lost (false); either way nothing cached before can be trusted. */
  setLive(live: boolean): void {
    this.live = live;
    this.flush();
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, old.answer);
  }
}

function sizeOf(key: string, answer: CachedAnswer): number {
  // UTF-16 in memory: two bytes a character is close enough for a budget.
  return 2 * (key.length + answer.body.length + answer.etag.length + answer.cacheControl.length);
}
