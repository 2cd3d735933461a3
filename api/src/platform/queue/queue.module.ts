import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bull';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { Outbox } from '../outbox/outbox.service';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OutboxRelay, RELAY_ROLE, RelayRole } from '../outbox/outbox-relay.service';
import { OutboxSignal } from '../outbox/outbox-signal';
import { BullBackend } from './bull.backend';
import { BullWorker } from './bull-worker';
import { InProcessBackend } from './in-process.backend';
import { JobRegistry } from './job-registry';
import { JobRunner } from './job-runner';
import { JobsAdminController } from './jobs.admin.controller';
import { JobsService } from './jobs.service';
import { QueueBackend } from './queue-backend';
import { QUEUE_NAMES } from './queues';

/** Which process this is: the HTTP API, the Bull worker, a build step that only reads the routes, or an operator command. */
export type ProcessRole = 'api' | 'worker' | 'openapi' | 'cli';

/**
 * Queues and the outbox. With REDIS_URL, the API hands committed messages to Bull and the worker
 * process runs them; without it, the API runs them itself through the same handlers.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, role: ProcessRole): DynamicModule {
    const bull = config.usesRedis && (role === 'api' || role === 'worker');
    if (role === 'worker' && !bull) throw new Error('The worker process needs REDIS_URL; without it the API runs jobs itself.');
    const relayRole: RelayRole = role === 'openapi' || role === 'cli' ? 'off' : role === 'worker' || !bull ? 'poll' : 'after-commit';
    const providers: Provider[] = [
      JobRegistry,
      JobRunner,
      OutboxSignal,
      Outbox,
      JobsService,
      { provide: RELAY_ROLE, useValue: relayRole },
      bull ? BullBackend : InProcessBackend,
      { provide: QueueBackend, useExisting: bull ? BullBackend : InProcessBackend },
      {
        provide: OutboxRelay,
        inject: [Db, QueueBackend, OutboxSignal, AppConfig, RELAY_ROLE],
        useFactory: (db: Db, backend: QueueBackend, signal: OutboxSignal, cfg: AppConfig, relay: RelayRole) =>
          new OutboxRelay(db, backend, signal, cfg, relay),
      },
    ];
    if (role === 'worker') providers.push(BullWorker);
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forFeature([OutboxMessage]),
        ...(bull
          ? [
              BullModule.forRoot({ redis: config.redis.url, prefix: `${config.redis.prefix}:bull` }),
              BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
            ]
          : []),
      ],
      controllers: [JobsAdminController],
      providers,
      exports: [Outbox, JobRegistry, QueueBackend],
    };
  }
}
