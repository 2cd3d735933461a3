import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export type MailTransportKind = 'local' | 'smtp';

/**
 * Every email, rendered in the transaction that caused it. In embedded mode this table is the local
 * mail outbox staff read in the admin; over SMTP it is the delivery log, and the bodies of sensitive
 * mail (links with one-time tokens) are cleared once sent.
 */
@Entity('mail_messages')
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  template: string;

  @Column('text', { name: 'to_address' })
  to: string;

  @Column('text')
  subject: string;

  @Column('text', { name: 'text_body', nullable: true })
  text: string | null;

  @Column('text', { name: 'html_body', nullable: true })
  html: string | null;

  @Column('boolean', { default: false })
  sensitive: boolean;

  @Column('text')
  transport: MailTransportKind;

  @Column('text', { default: 'queued' })
  status: MailStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  /** When the delivery job tries again on its own; null once sent, or once it gave up (staff may retry then). */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
