import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config';
import { Outbox } from '../platform/outbox/outbox.service';
import { MailMessage } from './mail-message.entity';
import { MailTransport } from './mail-transport';
import type { RenderedMail, StoreBrand } from './templates/layout';

export const MAIL_QUEUED = 'mail.queued';
/** Attempts of one delivery job, 1 s apart doubling (about two minutes in all) before it gives up. */
export const MAIL_DELIVERY_ATTEMPTS = 8;

export interface OutgoingMail {
  template: string;
  to: string;
  render: (brand: StoreBrand) => RenderedMail;
  /** Holds a secret (a one-time link): its body is dropped from the log once sent over SMTP. */
  sensitive?: boolean;
}

/**
 * Queues an email inside the caller's transaction: rendered now, stored, and delivered by the
 * `mail.queued` job after commit. A rolled-back command sends nothing.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly outbox: Outbox,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  get brand(): StoreBrand {
    return { name: this.config.store.name, colour: this.config.store.colour, storefrontUrl: this.config.store.storefrontUrl };
  }

  async enqueue(tx: EntityManager, mail: OutgoingMail): Promise<string> {
    const rendered = mail.render(this.brand);
    const row = await tx.save(
      tx.create(MailMessage, {
        template: mail.template,
        to: mail.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        sensitive: mail.sensitive ?? false,
        transport: this.transport.kind,
      }),
    );
    await this.queueDelivery(tx, row.id);
    return row.id;
  }

  /** A fresh delivery job for a stored email: on creation, and when staff retry one that gave up. */
  async queueDelivery(tx: EntityManager, mailId: string): Promise<void> {
    await this.outbox.add(tx, MAIL_QUEUED, { mailId }, { maxAttempts: MAIL_DELIVERY_ATTEMPTS });
  }
}
