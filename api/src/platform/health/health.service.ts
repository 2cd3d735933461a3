import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { RedisConnection } from '../redis/redis.module';
import { withTimeout } from '../async/with-timeout';
import { CheckView, HealthView } from './health.view';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly db: Db,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthView> {
    const [database, redis] = await Promise.all([
      probe(() => this.db.manager.query('SELECT 1')),
      this.redis.client ? probe(() => this.redis.client!.ping()) : Promise.resolve(undefined),
    ]);
    const checks = redis ? { database, redis } : { database };
    const ok = Object.values(checks).every((c) => c.status === 'up');
    return { status: ok ? 'ok' : 'error', mode: this.config.mode, checks };
  }
}

async function probe(call: () => Promise<unknown>): Promise<CheckView> {
  const started = performance.now();
  try {
    await withTimeout(call(), 'health check', CHECK_TIMEOUT_MS);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
