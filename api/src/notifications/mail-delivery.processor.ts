import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { Db } from '../platform/database/db.service';
import { JobHandler, type JobContext } from '../platform/queue/job-handler.decorator';
import { backoffMs } from '../platform/queue/job-runner';
import { MailMessage } from './mail-message.entity';
import { MAIL_DELIVERY_ATTEMPTS, MAIL_QUEUED } from './mailer.service';
import { MailTransport } from './mail-transport';

/**
 * Delivers a queued email once: a second run of the same job finds it sent and stops. A failed send
 * is logged on the row (attempts, error, when the queue tries again) and thrown, so the queue retries
 * it with its backoff; after the last attempt the row stays failed with no next attempt.
 */
@Injectable()
export class MailDeliveryProcessor {
  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  @JobHandler(MAIL_QUEUED)
  async deliver(payload: { mailId: string }, job: JobContext): Promise<void> {
    const mail = await this.db.manager.findOne(MailMessage, { where: { id: payload.mailId } });
    if (!mail || mail.status === 'sent') return;
    try {
      await this.transport.send(mail, this.config.mail.from);
    } catch (error) {
      const retryAt = job.attempt < MAIL_DELIVERY_ATTEMPTS ? new Date(Date.now() + backoffMs(job.attempt)) : null;
      await this.record(mail.id, {
        status: 'failed',
        lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
        nextAttemptAt: retryAt,
      });
      throw error;
    }
    const clearBody = mail.sensitive && this.transport.kind === 'smtp';
    await this.record(mail.id, {
      status: 'sent',
      sentAt: new Date(),
      lastError: null,
      nextAttemptAt: null,
      ...(clearBody ? { text: null, html: null } : {}),
    });
  }

  /** Counted in SQL: two runs of the job at once still log two attempts. */
  private async record(id: string, outcome: Partial<MailMessage>): Promise<void> {
    await this.db.manager
      .createQueryBuilder()
      .update(MailMessage)
      .set({ ...outcome, attempts: () => 'attempts + 1', lastAttemptAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }
}
