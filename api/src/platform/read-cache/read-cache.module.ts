import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import type { ProcessRole } from '../queue/queue.module';
import { CatalogChangeFeed } from './catalog-change-feed.service';
import { FlushOnAdminWrite } from './flush-on-write.interceptor';
import { ReadCache } from './read-cache';
import { ReadCacheMiddleware } from './read-cache.middleware';

/** Cached public reads, kept true by the catalog change feed. Domains apply ReadCacheMiddleware to their public controllers. */
@Module({})
export class ReadCacheModule {
  /** Only a process that answers HTTP listens for changes; the worker and the CLI keep the cache off. */
  static forRoot(role: ProcessRole): DynamicModule {
    return {
      module: ReadCacheModule,
      global: true,
      providers: [
        { provide: ReadCache, inject: [AppConfig], useFactory: (config: AppConfig) => new ReadCache(config.readCacheBytes) },
        ReadCacheMiddleware,
        { provide: APP_INTERCEPTOR, useClass: FlushOnAdminWrite },
        ...(role === 'api' ? [CatalogChangeFeed] : []),
      ],
      exports: [ReadCache, ReadCacheMiddleware],
    };
  }
}
