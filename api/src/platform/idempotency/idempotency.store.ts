import { createHash } from 'node:crypto';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Db, returnedRows } from '../database/db.service';
import { Conflict, DomainError } from '../errors/domain-error';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a claimed key blocks replays before its request is presumed dead (nothing it did committed). */
const LEASE_MS = 60_000;

export class IdempotencyKeyReused extends DomainError {
  readonly status = 422;
  readonly code = 'idempotency_key_reused';
  readonly title = 'Idempotency key reused';
  constructor() {
    super('This Idempotency-Key was used for a different request; use a new key for a new request.');
  }
}

type Claim = { kind: 'new'; id: string } | { kind: 'replay'; status: number; body: unknown };

/** A replayed DomainError comes back as the same problem, so retries see the first answer whatever it was. */
class ReplayedProblem extends DomainError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    errors: DomainError['errors'],
  ) {
    super(detail, { errors });
  }
}

@Injectable()
export class IdempotencyStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private purgeTimer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  onApplicationBootstrap(): void {
    this.purgeTimer = setInterval(() => void this.purgeExpired().catch(() => undefined), 60 * 60 * 1000);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  async claim(scope: string, key: string, request: unknown): Promise<Claim> {
    const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const lockedUntil = new Date(Date.now() + LEASE_MS);
    // Insert, or take over an abandoned claim (its lease ran out and nothing was recorded).
    const [claimed] = returnedRows<{ id: string }>(
      await this.db.manager.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, status, locked_until) VALUES ($1, $2, $3, 'processing', $4)
         ON CONFLICT (scope, key) DO UPDATE SET locked_until = EXCLUDED.locked_until
           WHERE idempotency_keys.status = 'processing' AND idempotency_keys.locked_until < now()
             AND idempotency_keys.request_hash = EXCLUDED.request_hash
         RETURNING id`,
        [scope, key, hash, lockedUntil],
      ),
    );
    if (claimed) return { kind: 'new', id: claimed.id };
    const existing = await this.db.manager.findOneOrFail(IdempotencyKey, { where: { scope, key } });
    if (existing.requestHash !== hash) throw new IdempotencyKeyReused();
    if (existing.status === 'processing') {
      throw new Conflict('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed; retry in a moment.');
    }
    const body = existing.responseBody as { problem?: ReplayedProblemBody } | unknown;
    const problem = (body as { problem?: ReplayedProblemBody } | null)?.problem;
    if (problem) throw new ReplayedProblem(existing.responseStatus ?? 400, problem.code, problem.title, problem.detail, problem.errors);
    return { kind: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody };
  }

  /** Records an answer outside any command transaction: a refusal (nothing was written) or a command without one. */
  async complete(id: string, status: number, body: unknown, problem?: DomainError): Promise<void> {
    const stored = problem
      ? { problem: { code: problem.code, title: problem.title, detail: problem.message, errors: problem.errors } }
      : (body ?? null);
    await this.db.manager.update(IdempotencyKey, id, { status: 'done', responseStatus: status, responseBody: stored as object });
  }

  async release(id: string): Promise<void> {
    await this.db.manager.delete(IdempotencyKey, { id, status: 'processing' });
  }

  /** Keys are kept for a day, then forgotten. */
  async purgeExpired(): Promise<void> {
    await this.db.manager.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
  }
}

interface ReplayedProblemBody {
  code: string;
  title: string;
  detail: string;
  errors: DomainError['errors'];
}
