import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound } from '../platform/errors/domain-error';
import { MailView } from './dto/mail.view';
import { MailMessage } from './mail-message.entity';
import { MailQueries } from './mail-queries.service';
import { Mailer } from './mailer.service';

/**
 * An automatic attempt this late is not coming (its job was lost with a worker or Redis): the mail
 * may then be retried by hand although it still names a next attempt. The queue's longest wait
 * between attempts is about a minute.
 */
const OVERDUE_MS = 10 * 60 * 1000;

/** Staff send a failed email again with a fresh set of attempts, once its own retries are over. */
@Injectable()
export class MailRetry {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly queries: MailQueries,
  ) {}

  async retry(id: string): Promise<MailView> {
    await this.db.transaction(async (tx) => {
      // Locked, so two staff retrying at once queue one delivery.
      const mail = await tx.findOne(MailMessage, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!mail) throw new NotFound('email');
      if (mail.status !== 'failed')
        throw new Conflict('mail_not_failed', `Only a failed email can be sent again; this one is ${mail.status}.`);
      if (mail.nextAttemptAt && mail.nextAttemptAt.getTime() > Date.now() - OVERDUE_MS)
        throw new Conflict('mail_retry_scheduled', `It is retried automatically at ${mail.nextAttemptAt.toISOString()}.`);
      await tx.update(MailMessage, id, { status: 'queued', nextAttemptAt: null });
      await this.mailer.queueDelivery(tx, id);
    });
    return this.queries.get(id);
  }
}
