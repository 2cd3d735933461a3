import type { ThrottlerStorage } from '@nestjs/throttler';
import { CounterStore } from './counter-store';

/** @nestjs/throttler on our counters: Redis-backed when Redis is configured. */
export class CounterThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly counters: CounterStore) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    name: string,
  ): ReturnType<ThrottlerStorage['increment']> {
    const { count, resetInMs } = await this.counters.increment(`throttle:${name}:${key}`, ttl);
    const seconds = Math.ceil(resetInMs / 1000);
    return { totalHits: count, timeToExpire: seconds, isBlocked: count > limit, timeToBlockExpire: count > limit ? seconds : 0 };
  }
}
