import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { Db } from '../platform/database/db.service';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { MailMessage } from './mail-message.entity';
import { MAIL_QUEUED } from './mailer.service';
import { MailTransport } from './mail-transport';

/** Delivers a queued email once: a second run of the same job finds it sent and stops. */
@Injectable()
export class MailDeliveryProcessor {
  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  @JobHandler(MAIL_QUEUED)
  async deliver(payload: { mailId: string }): Promise<void> {
    const mail = await this.db.manager.findOne(MailMessage, { where: { id: payload.mailId } });
    if (!mail || mail.status === 'sent') return;
    try {
      await this.transport.send(mail, this.config.mail.from);
    } catch (error) {
      await this.db.manager.update(MailMessage, mail.id, {
        attempts: mail.attempts + 1,
        status: 'failed',
        lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
      });
      throw error;
    }
    const clearBody = mail.sensitive && this.transport.kind === 'smtp';
    await this.db.manager.update(MailMessage, mail.id, {
      attempts: mail.attempts + 1,
      status: 'sent',
      sentAt: new Date(),
      lastError: null,
      ...(clearBody ? { text: null, html: null } : {}),
    });
  }
}
