import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Db, returnedRows } from '../database/db.service';
import { ClaimedMessage } from '../queue/job-runner';
import { QueueBackend } from '../queue/queue-backend';
import { OutboxSignal } from './outbox-signal';

/** What this process does with the outbox: poll and hand over, only hand over after its own commits, or nothing. */
export type RelayRole = 'poll' | 'after-commit' | 'off';
export const RELAY_ROLE = Symbol('tillpoint:relay-role');

const RETENTION_DAYS = 7;

/**
 * Moves committed outbox messages to the queue backend. Rows are claimed with `FOR UPDATE SKIP
 * LOCKED`, so any number of processes can relay at once without handing a message over twice.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastPurge = 0;
  private lastRecovery = Date.now();

  constructor(
    private readonly db: Db,
    private readonly backend: QueueBackend,
    private readonly signal: OutboxSignal,
    private readonly config: AppConfig,
    private readonly role: RelayRole,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role === 'off') return;
    this.signal.listen(() => this.kick());
    if (this.role !== 'poll') return;
    if (this.backend.claimStatus === 'processing') {
      // Embedded mode has one process: whatever it was running when it stopped is due again.
      await this.db.manager.query(`UPDATE outbox_messages SET status = 'pending' WHERE status = 'processing'`);
    }
    this.timer = setInterval(() => this.kick(), this.config.queue.pollMs);
    this.timer.unref();
    this.kick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pass;
    await this.backend.drain();
  }

  /** Runs a relay pass now, or once more right after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.relayUntilEmpty()
      .catch((error: unknown) => this.logger.warn(`relay pass failed: ${String(error)}`))
      .finally(() => {
        this.pass = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async relayUntilEmpty(): Promise<void> {
    for (;;) {
      const room = this.backend.capacity();
      if (room === 0 || this.stopped) return;
      const batch = await this.claim(Math.min(room, 100));
      if (batch.length) await this.backend.dispatch(batch);
      if (batch.length < Math.min(room, 100)) break;
    }
    await this.purgeOld();
    await this.recoverLost();
  }

  private async claim(limit: number): Promise<ClaimedMessage[]> {
    const rows = returnedRows<{ id: string; topic: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(
      await this.db.manager.query(
        `UPDATE outbox_messages SET status = $1, updated_at = now()
          WHERE id IN (SELECT id FROM outbox_messages
                        WHERE status = 'pending' AND available_at <= now()
                        ORDER BY available_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, topic, payload, attempts, max_attempts`,
        [this.backend.claimStatus, limit],
      ),
    );
    return rows.map((r) => ({ id: r.id, topic: r.topic, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
  }

  /**
   * Server mode: a dispatched message whose Bull job no longer exists (Redis restarted without
   * persistence, say) is pending again. Handlers are idempotent, so a rare second run is harmless.
   */
  private async recoverLost(): Promise<void> {
    if (this.role !== 'poll' || this.backend.claimStatus !== 'dispatched' || Date.now() - this.lastRecovery < 5 * 60 * 1000) return;
    this.lastRecovery = Date.now();
    const stale: { id: string; topic: string }[] = await this.db.manager.query(
      `SELECT id, topic FROM outbox_messages
        WHERE status = 'dispatched' AND updated_at < now() - interval '10 minutes' LIMIT 500`,
    );
    const lost = (await Promise.all(stale.map(async (m) => ((await this.backend.holds(m.id, m.topic)) ? null : m.id)))).filter(
      (id): id is string => id !== null,
    );
    if (!lost.length) return;
    this.logger.warn(`re-dispatching ${lost.length} messages lost by the queue`);
    await this.db.manager.query(`UPDATE outbox_messages SET status = 'pending' WHERE status = 'dispatched' AND id = ANY($1)`, [lost]);
  }

  /** Done messages are kept a week for staff to look at, then deleted, so the table stays small. */
  private async purgeOld(): Promise<void> {
    if (this.role !== 'poll' || Date.now() - this.lastPurge < 60 * 60 * 1000) return;
    this.lastPurge = Date.now();
    await this.db.manager.query(`DELETE FROM outbox_messages WHERE status = 'done' AND completed_at < now() - make_interval(days => $1)`, [
      RETENTION_DAYS,
    ]);
  }
}
