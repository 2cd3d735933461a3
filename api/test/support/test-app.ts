import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { AppModule } from '../../src/app.module';
import { createHttpApp } from '../../src/bootstrap/http-app';
import { AppConfig, loadConfig } from '../../src/platform/config/app-config';
import { Db } from '../../src/platform/database/db.service';
import { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } from '../../src/testing/test-database';
import { LogCapture } from './log-capture';

export interface TestAppOptions {
  /** Environment overrides on top of the test defaults. */
  env?: Record<string, string>;
  /** Also start a worker context in this process (server mode runs jobs only there). */
  worker?: boolean;
  /** Without REDIS_URL: jobs run in the API process, as in embedded mode. */
  withoutRedis?: boolean;
  /** Extra modules (a test job handler, say). */
  imports?: (Type | DynamicModule)[];
}

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  config: AppConfig;
  db: Db;
  logs: LogCapture;
  worker?: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The real API on a real PostgreSQL database of its own (a copy of the migrated template) and, by
 * default, Redis under a key prefix of its own: nothing is shared with another test file.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const prefix = `tp-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    ...(options.withoutRedis ? {} : { REDIS_URL: TEST_REDIS_URL }),
    QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    ARGON2_MEMORY_KIB: '4096',
    DEMO_DATA: 'false',
    OUTBOX_POLL_MS: '100',
    DATABASE_POOL_SIZE: '5',
    // Fixtures are written with SQL and read back at once, before the change notification that clears the
    // read cache can arrive. read-cache.e2e-spec turns it on; the SDK and browser tests run with it on.
    READ_CACHE_MB: '0',
    ...options.env,
  });
  const logs = new LogCapture();
  const extra = options.imports ?? [];
  const { app } = await createHttpApp(config, logs, extra);
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let worker: INestApplicationContext | undefined;
  if (options.worker) {
    worker = await NestFactory.createApplicationContext(
      { module: class WorkerRoot {}, imports: [AppModule.register(config, 'worker'), ...extra] },
      { logger: false },
    );
    await worker.init();
  }
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    config,
    db: app.get(Db),
    logs,
    worker,
    async close() {
      await worker?.close();
      await app.close();
      await dropTestDatabase(databaseUrl);
      if (config.redis.url) await deleteKeys(config.redis.url, prefix);
    },
  };
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
