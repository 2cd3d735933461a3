import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/** The shared Redis connection for counters and health, or null in embedded mode. Bull opens its own. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis | null;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.client = config.redis.url
      ? new Redis(config.redis.url, {
          keyPrefix: `${config.redis.prefix}:`,
          maxRetriesPerRequest: 2,
          connectTimeout: 5_000,
          enableOfflineQueue: true,
          lazyConnect: false,
          // Commands issued in the same tick (a rate-limit count per concurrent request) share one socket write.
          enableAutoPipelining: true,
        })
      : null;
    // Errors surface on the commands that need Redis (and in /health); an unhandled 'error' event would crash.
    this.client?.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
