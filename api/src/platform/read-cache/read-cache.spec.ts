import { CachedAnswer, ReadCache } from './read-cache';

const answer = (body: string): CachedAnswer => ({ body, etag: 'W/"1"', cacheControl: 'public, max-age=30' });

describe('ReadCache', () => {
  const live = (budget = 1_000_000) => {
    const cache = new ReadCache(budget);
    cache.setLive(true);
    return cache;
  };

  it('serves what was stored, and nothing while the change feed is down', () => {
    const cache = live();
    cache.set('/a', answer('A'), cache.generation);
    expect(cache.get('/a')?.body).toBe('A');
    cache.setLive(false);
    expect(cache.enabled).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
    cache.set('/a', answer('A'), cache.generation);
    cache.setLive(true);
    expect(cache.get('/a')).toBeUndefined();
  });

  it('refuses an answer built before a flush', () => {
    const cache = live();
    const started = cache.generation;
    cache.flush();
    cache.set('/a', answer('stale'), started);
    expect(cache.get('/a')).toBeUndefined();
    cache.set('/a', answer('fresh'), cache.generation);
    expect(cache.get('/a')?.body).toBe('fresh');
  });

  it('drops the least recently used answers to stay within its budget', () => {
    const body = 'x'.repeat(100);
    const size = 2 * ('/1'.length + body.length + 'W/"1"'.length + 'public, max-age=30'.length);
    const cache = live(4 * size);
    for (const key of ['/1', '/2', '/3', '/4']) cache.set(key, answer(body), cache.generation);
    expect(cache.get('/1')).toBeDefined();
    cache.set('/5', answer(body), cache.generation);
    expect(cache.get('/2')).toBeUndefined();
    expect(cache.get('/1')).toBeDefined();
    expect(cache.get('/5')).toBeDefined();
    expect(cache.stats).toEqual({ entries: 4, bytes: 4 * size });
  });

  it('stores nothing with a zero budget, and no single answer above a quarter of it', () => {
    const off = live(0);
    off.set('/a', answer('A'), off.generation);
    expect(off.enabled).toBe(false);
    const small = live(1000);
    small.set('/big', answer('y'.repeat(200)), small.generation);
    expect(small.get('/big')).toBeUndefined();
  });

  it('lets an answer expire, whatever happens to the data', () => {
    let now = 1_000;
    const cache = new ReadCache(1_000_000, { ttlMs: 10_000, now: () => now });
    cache.setLive(true);
    cache.set('/delivery', answer('before the cut-off'), cache.generation);
    now += 9_999;
    expect(cache.get('/delivery')).toBeDefined();
    now += 1;
    expect(cache.get('/delivery')).toBeUndefined();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });

  it('replaces an answer under the same key without counting it twice', () => {
    const cache = live();
    cache.set('/a', answer('one'), cache.generation);
    const bytes = cache.stats.bytes;
    cache.set('/a', answer('two'), cache.generation);
    expect(cache.stats).toEqual({ entries: 1, bytes });
    expect(cache.get('/a')?.body).toBe('two');
  });
});
