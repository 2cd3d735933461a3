import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { digest } from '../tokens/secret-token';
import type { ApiKeyPrincipal } from '../access/principal';
import { ApiKey } from './api-key.entity';
import { API_KEY_PREFIX } from './api-key-secret';

const LAST_USED_PRECISION_MS = 60_000;

/** Turns a presented secret into a principal: one indexed lookup by digest. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger('ApiKeys');

  constructor(private readonly db: Db) {}

  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) return null;
    const key = await this.db.manager.findOne(ApiKey, { where: { secretHash: digest(secret) } });
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) return null;
    this.touch(key);
    return { kind: 'api_key', id: key.id, name: key.name, permissions: new Set(key.scopes), createdBy: key.createdBy };
  }

  /** Last-used time to the minute, written off the request path: a busy key costs one write a minute, not one a request. */
  private touch(key: ApiKey): void {
    if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    void this.db.manager
      .query(
        `UPDATE api_keys SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [key.id],
      )
      .catch((error: unknown) => this.logger.warn(`could not record key use: ${String(error)}`));
  }
}
