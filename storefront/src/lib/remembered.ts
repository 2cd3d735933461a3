/**
 * A loader that remembers its last good answer for `ttlMs`. Concurrent callers share one load; when a
 * reload fails the last good answer is served (stale beats nothing), and with none the error is thrown.
 */
export function remembered<T>(ttlMs: number, what: string, load: () => Promise<T>): () => Promise<T> {
  let cached: { value: T; expiresAt: number } | undefined;
  let loading: Promise<T> | undefined;
  return () => {
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.value);
    loading ??= load()
      .then((value) => {
        cached = { value, expiresAt: Date.now() + ttlMs };
        return value;
      })
      .catch((error: unknown) => {
        console.error(`Could not load ${what}:`, error instanceof Error ? error.message : error);
        if (cached) return cached.value;
        throw error;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
}

/** The same, answering null instead of throwing when nothing was ever loaded. */
export function rememberedOrNull<T>(ttlMs: number, what: string, load: () => Promise<T>): () => Promise<T | null> {
  const loader = remembered(ttlMs, what, load);
  return () => loader().catch(() => null);
}
