import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../platform/config/app-config';
import type { MailMessage, MailTransportKind } from './mail-message.entity';

/** Where mail goes: SMTP when SMTP_URL is set, else the local outbox that staff read in the admin. */
export abstract class MailTransport {
  abstract readonly kind: MailTransportKind;
  abstract send(mail: MailMessage, from: string): Promise<void>;
}

/** Embedded mode: the stored row is the delivery, readable under Admin → Mail. */
export class LocalMailTransport extends MailTransport {
  readonly kind = 'local';
  async send(): Promise<void> {}
}

export class SmtpMailTransport extends MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = nodemailer.createTransport(url);
  }

  async send(mail: MailMessage, from: string): Promise<void> {
    await this.transporter.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text ?? undefined,
      html: mail.html ?? undefined,
      headers: { 'X-Tillpoint-Mail-Id': mail.id },
    });
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.mail.smtpUrl ? new SmtpMailTransport(config.mail.smtpUrl) : new LocalMailTransport();
}
