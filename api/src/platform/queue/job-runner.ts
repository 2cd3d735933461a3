import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { JobRegistry } from './job-registry';

export interface ClaimedMessage {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** 1 s, 2 s, 4 s ... capped at an hour: the wait before attempt n + 1. */
export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
}

/**
 * Runs one job through its handler and records the outcome on its outbox row, so staff see every
 * job's state the same way in both run modes.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly registry: JobRegistry,
    private readonly db: Db,
  ) {}

  /**
   * `reschedule`: the outbox itself retries (embedded mode). `rethrow`: Bull retries, so the error
   * goes back to it after being recorded.
   */
  async run(message: ClaimedMessage, attempt: number, onFailure: 'reschedule' | 'rethrow'): Promise<void> {
    const handler = this.registry.handler(message.topic);
    try {
      if (!handler) throw new Error(`no handler is registered for ${message.topic}`);
      await handler(message.payload, { messageId: message.id, attempt });
      await this.db.manager.update(OutboxMessage, message.id, {
        status: 'done',
        attempts: attempt,
        lastError: null,
        completedAt: new Date(),
      });
    } catch (error) {
      const final = attempt >= message.maxAttempts;
      const lastError = describe(error);
      this.logger.warn(`${message.topic} ${message.id} attempt ${attempt} failed${final ? ' (final)' : ''}: ${lastError}`);
      const retryStatus = onFailure === 'reschedule' ? 'pending' : 'dispatched';
      await this.db.manager.update(OutboxMessage, message.id, {
        status: final ? 'failed' : retryStatus,
        attempts: attempt,
        lastError,
        availableAt: new Date(Date.now() + backoffMs(attempt)),
      });
      if (onFailure === 'rethrow') throw error;
    }
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
