import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bull';
import { AppConfig } from '../config/app-config';
import { BullBackend } from './bull.backend';
import { JobRunner } from './job-runner';
import { QUEUE_NAMES } from './queues';

/**
 * The worker process's consumer: every Bull queue, every topic, through the same JobRunner (and so the
 * same handlers) that embedded mode uses. Shutdown waits for the jobs in hand.
 */
@Injectable()
export class BullWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BullWorker');

  constructor(
    private readonly bull: BullBackend,
    private readonly runner: JobRunner,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of QUEUE_NAMES) {
      void this.bull.queue(name).process('*', this.config.queue.concurrency, (job: Job) => this.process(job));
    }
    this.logger.log(`processing queues ${QUEUE_NAMES.join(', ')}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Bull's close() stops taking jobs and resolves once the active ones have finished.
    await Promise.all(QUEUE_NAMES.map((name) => this.bull.queue(name).close()));
  }

  private async process(job: Job): Promise<void> {
    const messageId = String(job.id);
    const maxAttempts = job.opts.attempts ?? 1;
    const attempt = job.attemptsMade + 1;
    await this.runner.run(
      { id: messageId, topic: job.name, payload: job.data as Record<string, unknown>, attempts: job.attemptsMade, maxAttempts },
      attempt,
      'rethrow',
    );
  }
}
