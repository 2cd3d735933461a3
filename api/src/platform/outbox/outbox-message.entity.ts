import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OutboxStatus = 'pending' | 'processing' | 'dispatched' | 'done' | 'failed';

/**
 * A side effect written in the command's transaction. `pending` until handed over: in embedded mode it
 * is run in-process (`processing`), in server mode put on a Bull queue (`dispatched`); then `done`, or
 * `failed` once its attempts are spent (staff see and retry those).
 */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  topic: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('text', { default: 'pending' })
  status: OutboxStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('integer', { name: 'max_attempts', default: 8 })
  maxAttempts: number;

  @Column('timestamptz', { name: 'available_at' })
  availableAt: Date;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
