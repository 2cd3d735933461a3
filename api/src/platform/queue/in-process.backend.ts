import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OutboxSignal } from '../outbox/outbox-signal';
import { ClaimedMessage, JobRunner } from './job-runner';
import { QueueBackend } from './queue-backend';

/** Embedded mode (no Redis): jobs run here, through the same handlers the Bull worker runs. */
@Injectable()
export class InProcessBackend extends QueueBackend {
  readonly kind = 'in-process';
  readonly claimStatus = 'processing';
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly runner: JobRunner,
    private readonly config: AppConfig,
    private readonly signal: OutboxSignal,
  ) {
    super();
  }

  capacity(): number {
    return Math.max(0, this.config.queue.concurrency - this.running.size);
  }

  async dispatch(messages: ClaimedMessage[]): Promise<void> {
    for (const message of messages) {
      const run = this.runner
        .run(message, message.attempts + 1, 'reschedule')
        .catch(() => undefined)
        .finally(() => {
          this.running.delete(run);
          this.signal.notify(); // a slot is free: let the relay hand over the next due job
        });
      this.running.add(run);
    }
  }

  /** Graceful shutdown waits for the jobs already running. */
  async drain(): Promise<void> {
    await Promise.all([...this.running]);
  }

  async holds(): Promise<boolean> {
    return false;
  }

  async forget(): Promise<void> {
    // Nothing lives outside the outbox in this mode.
  }

  async liveCounts(): Promise<null> {
    return null;
  }
}
