import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { CounterStore } from './counter-store';
import { CounterThrottlerStorage } from './counter-throttler.storage';

/** A per-client request budget on every route (health excepted), and the counters behind it. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, CounterStore],
      useFactory: (config: AppConfig, counters: CounterStore) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: Math.max(1, config.rateLimitPerMinute) }],
        storage: new CounterThrottlerStorage(counters),
        skipIf: () => config.rateLimitPerMinute === 0,
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
