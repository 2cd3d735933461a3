import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { NotFound } from '../platform/errors/domain-error';
import { byCreation, keysetPage } from '../platform/pagination/keyset';
import { Page } from '../platform/pagination/page';
import { MailListQuery, MailSummaryView, MailView } from './dto/mail.view';
import { MailMessage } from './mail-message.entity';

/** The mail log and local outbox, newest first. */
@Injectable()
export class MailQueries {
  constructor(private readonly db: Db) {}

  async list(query: MailListQuery): Promise<Page<MailSummaryView>> {
    const rows = this.db.manager.createQueryBuilder(MailMessage, 'm');
    if (query.to) rows.andWhere('m.to_address = :to', { to: query.to.toLowerCase() });
    if (query.status) rows.andWhere('m.status = :status', { status: query.status });
    const page = await keysetPage(rows, byCreation('m'), query);
    return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<MailView> {
    const mail = await this.db.manager.findOne(MailMessage, { where: { id } });
    if (!mail) throw new NotFound('email');
    return { ...toSummary(mail), text: mail.text, html: mail.html };
  }
}

function toSummary(mail: MailMessage): MailSummaryView {
  return {
    id: mail.id,
    template: mail.template,
    to: mail.to,
    subject: mail.subject,
    transport: mail.transport,
    status: mail.status,
    attempts: mail.attempts,
    lastError: mail.lastError,
    lastAttemptAt: mail.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: mail.nextAttemptAt?.toISOString() ?? null,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}
