import { Global, Module } from '@nestjs/common';
import { RedisConnection } from '../redis/redis.module';

export interface Count {
  count: number;
  /** Milliseconds until the window closes and the count starts again at zero. */
  resetInMs: number;
}

/** Fixed-window counters for rate limits and sign-in throttling: in Redis when configured, so every replica shares them. */
export abstract class CounterStore {
  abstract increment(key: string, windowMs: number): Promise<Count>;
  abstract peek(key: string): Promise<Count>;
  abstract reset(key: string): Promise<void>;
}

const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

type RedisClient = NonNullable<RedisConnection['client']>;
type WithIncrement = RedisClient & { tillpointIncrement(key: string, windowMs: number): Promise<[number, number]> };

export class RedisCounterStore extends CounterStore {
  private readonly redis: WithIncrement;

  constructor(redis: RedisClient) {
    super();
    // A defined command runs by EVALSHA: the script is sent once, not with every request.
    if (!('tillpointIncrement' in redis)) redis.defineCommand('tillpointIncrement', { numberOfKeys: 1, lua: INCREMENT });
    this.redis = redis as WithIncrement;
  }

  async increment(key: string, windowMs: number): Promise<Count> {
    const [count, ttl] = await this.redis.tillpointIncrement(`counter:${key}`, windowMs);
    return { count, resetInMs: ttl };
  }

  async peek(key: string): Promise<Count> {
    const [value, ttl] = await Promise.all([this.redis.get(`counter:${key}`), this.redis.pttl(`counter:${key}`)]);
    return { count: value ? Number(value) : 0, resetInMs: Math.max(0, ttl) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`counter:${key}`);
  }
}

/** Embedded mode is one process, so its counters may live in memory; expired windows are swept. */
export class MemoryCounterStore extends CounterStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private lastSweep = Date.now();

  async increment(key: string, windowMs: number): Promise<Count> {
    const now = Date.now();
    this.sweep(now);
    const current = this.windows.get(key);
    const window = current && current.endsAt > now ? current : { count: 0, endsAt: now + windowMs };
    window.count += 1;
    this.windows.set(key, window);
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  async peek(key: string): Promise<Count> {
    const now = Date.now();
    const window = this.windows.get(key);
    return window && window.endsAt > now ? { count: window.count, resetInMs: window.endsAt - now } : { count: 0, resetInMs: 0 };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** Counters for everyone, in Redis when the app has it. */
@Global()
@Module({
  providers: [
    {
      provide: CounterStore,
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) => (redis.client ? new RedisCounterStore(redis.client) : new MemoryCounterStore()),
    },
  ],
  exports: [CounterStore],
})
export class CountersModule {}
