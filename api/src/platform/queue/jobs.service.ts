import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { Conflict, NotFound } from '../errors/domain-error';
import { byCreation, keysetPage } from '../pagination/keyset';
import { Page } from '../pagination/page';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OutboxSignal } from '../outbox/outbox-signal';
import { JobListQuery, JobView, QueuesView } from './dto/job.view';
import { queueOf } from './job-handler.decorator';
import { QueueBackend } from './queue-backend';
import { QUEUE_NAMES } from './queues';

/** What staff see of background work: every queue's counts, the jobs, and a retry for failed ones. */
@Injectable()
export class JobsService {
  constructor(
    private readonly db: Db,
    private readonly backend: QueueBackend,
    private readonly signal: OutboxSignal,
  ) {}

  async queues(): Promise<QueuesView> {
    const rows: { queue: string; status: string; count: string }[] = await this.db.manager.query(
      `SELECT split_part(topic, '.', 1) AS queue, status, count(*) AS count FROM outbox_messages GROUP BY 1, 2`,
    );
    const live = await this.backend.liveCounts().catch(() => null);
    return {
      backend: this.backend.kind,
      queues: QUEUE_NAMES.map((name) => ({
        name,
        counts: Object.fromEntries(rows.filter((r) => r.queue === name).map((r) => [r.status, Number(r.count)])),
        live: live?.[name] ?? null,
      })),
    };
  }

  async list(query: JobListQuery): Promise<Page<JobView>> {
    const rows = this.db.manager.createQueryBuilder(OutboxMessage, 'o');
    if (query.status) rows.andWhere('o.status = :status', { status: query.status });
    // A prefix range, not LIKE, so the (topic, created_at) index serves it.
    if (query.queue) rows.andWhere('o.topic >= :from AND o.topic < :to', { from: `${query.queue}.`, to: `${query.queue}/` });
    const page = await keysetPage(rows, byCreation('o'), query);
    return { items: page.items.map(toJobView), nextCursor: page.nextCursor };
  }

  /** A failed job gets a fresh set of attempts, now. */
  async retry(id: string): Promise<JobView> {
    const message = await this.db.manager.findOne(OutboxMessage, { where: { id } });
    if (!message) throw new NotFound('job');
    if (message.status !== 'failed')
      throw new Conflict('job_not_failed', `Only failed jobs can be retried; this one is ${message.status}.`);
    await this.backend.forget(message.id, message.topic);
    await this.db.manager.update(
      OutboxMessage,
      { id, status: 'failed' },
      { status: 'pending', attempts: 0, availableAt: new Date(), lastError: null },
    );
    this.signal.notify();
    return toJobView({ ...message, status: 'pending', attempts: 0, lastError: null });
  }
}

function toJobView(message: OutboxMessage): JobView {
  return {
    id: message.id,
    topic: message.topic,
    queue: queueOf(message.topic),
    status: message.status,
    attempts: message.attempts,
    maxAttempts: message.maxAttempts,
    lastError: message.lastError,
    payload: message.payload,
    createdAt: message.createdAt.toISOString(),
    availableAt: message.availableAt.toISOString(),
    completedAt: message.completedAt?.toISOString() ?? null,
  };
}
