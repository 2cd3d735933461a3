import { ShortLived } from './short-lived';

describe('short-lived values', () => {
  it('reads once per key while fresh, again once stale or cleared, and forgets a failed read', async () => {
    let reads = 0;
    let fail = false;
    const cache = new ShortLived<string, number>(50, async (key) => {
      reads++;
      if (fail) throw new Error('down');
      return key.length;
    });
    expect(await Promise.all([cache.get('ab'), cache.get('ab')])).toEqual([2, 2]);
    expect(reads).toBe(1);
    await cache.get('abc');
    expect(reads).toBe(2);
    cache.clear();
    await cache.get('ab');
    expect(reads).toBe(3);
    fail = true;
    cache.clear();
    await expect(cache.get('ab')).rejects.toThrow('down');
    fail = false;
    expect(await cache.get('ab')).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await cache.get('ab');
    expect(reads).toBe(6);
  });
});
