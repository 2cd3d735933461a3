import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { withTimeout } from '../async/with-timeout';
import { Db } from '../database/db.service';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { queueOf } from './job-handler.decorator';
import type { ClaimedMessage } from './job-runner';
import { QueueBackend } from './queue-backend';
import { QUEUE_NAMES } from './queues';

/** Server mode: claimed outbox messages go onto Bull queues (job id = message id) for the worker. */
@Injectable()
export class BullBackend extends QueueBackend {
  readonly kind = 'bull';
  readonly claimStatus = 'dispatched';

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly db: Db,
  ) {
    super();
  }

  queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  capacity(): number {
    return 100;
  }

  async dispatch(messages: ClaimedMessage[]): Promise<void> {
    await Promise.all(
      messages.map(async (message) => {
        try {
          await withTimeout(
            this.queue(queueOf(message.topic)).add(message.topic, message.payload, {
              jobId: message.id,
              attempts: Math.max(1, message.maxAttempts - message.attempts),
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: true,
              removeOnFail: 1000,
            }),
            'adding a job to Bull',
          );
        } catch {
          // Redis is away: hand the message back; the next poll tries again.
          await this.db.manager.update(OutboxMessage, { id: message.id, status: 'dispatched' }, { status: 'pending' });
        }
      }),
    );
  }

  async drain(): Promise<void> {
    // Dispatching is awaited by the relay; jobs already on Redis stay there for the worker.
  }

  async holds(messageId: string, topic: string): Promise<boolean> {
    return Boolean(await withTimeout(this.queue(queueOf(topic)).getJob(messageId), 'reading a Bull job'));
  }

  async forget(messageId: string, topic: string): Promise<void> {
    const job = await withTimeout(this.queue(queueOf(topic)).getJob(messageId), 'reading a Bull job');
    await job?.remove();
  }

  async liveCounts(): Promise<Record<string, Record<string, number>>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const counts = await withTimeout(this.queue(name).getJobCounts(), 'reading Bull counts');
        return [name, { ...counts }] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
}
