import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { digest } from '../tokens/secret-token';
import type { ApiKeyPrincipal } from '../access/principal';
import type { Permission } from '../access/permissions';
import { API_KEY_PREFIX } from './api-key-secret';

const LAST_USED_PRECISION_MS = 60_000;

interface KeyRow {
  id: string;
  name: string;
  scopes: Permission[];
  created_by: string;
  last_used_at: Date | null;
}

/** Turns a presented secret into a principal: one indexed lookup by digest. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger('ApiKeys');

  constructor(private readonly db: Db) {}

  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) return null;
    // Every integrator request passes here: one indexed read in plain SQL, without the ORM's query building.
    const [key]: KeyRow[] = await this.db.read(
      `SELECT id, name, scopes, created_by, last_used_at FROM api_keys
        WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [digest(secret)],
    );
    if (!key) return null;
    this.touch(key.id, key.last_used_at);
    return { kind: 'api_key', id: key.id, name: key.name, permissions: new Set(key.scopes), createdBy: key.created_by };
  }

  /** Last-used time to the minute, written off the request path: a busy key costs one write a minute, not one a request. */
  private touch(id: string, lastUsedAt: Date | null): void {
    if (lastUsedAt && Date.now() - lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    void this.db.manager
      .query(
        `UPDATE api_keys SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [id],
      )
      .catch((error: unknown) => this.logger.warn(`could not record key use: ${String(error)}`));
  }
}
