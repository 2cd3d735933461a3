import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'queued' | 'sent' | 'failed';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
