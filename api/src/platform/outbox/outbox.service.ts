import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import { OutboxSignal } from './outbox-signal';

export interface OutboxOptions {
  /** Run no earlier than this many milliseconds after commit (reservation expiry, reminders). */
  delayMs?: number;
  maxAttempts?: number;
}

/**
 * Writes side effects in the caller's transaction: a rollback sends nothing, and a commit always
 * leads to the job running (after commit, or on the relay's next poll if the process died first).
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly db: Db,
    private readonly signal: OutboxSignal,
  ) {}

  async add(tx: EntityManager, topic: string, payload: Record<string, unknown>, options: OutboxOptions = {}): Promise<string> {
    const availableAt = new Date(Date.now() + (options.delayMs ?? 0));
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO outbox_messages (topic, payload, available_at, max_attempts) VALUES ($1, $2, $3, $4) RETURNING id`,
      [topic, JSON.stringify(payload), availableAt, options.maxAttempts ?? 8],
    );
    if (!options.delayMs) this.db.afterCommit(tx, () => this.signal.notify());
    return id;
  }
}
