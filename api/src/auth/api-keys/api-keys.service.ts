import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { BadRequest, NotFound } from '../../platform/errors/domain-error';
import { byCreation, keysetPage } from '../../platform/pagination/keyset';
import { Page, PageQuery } from '../../platform/pagination/page';
import { NOT_GRANTABLE_TO_KEYS } from '../access/permissions';
import type { StaffPrincipal } from '../access/principal';
import { digest, newSecret } from '../tokens/secret-token';
import { ApiKey } from './api-key.entity';
import { API_KEY_PREFIX, displayPrefix } from './api-key-secret';
import { CreateApiKeyDto } from './dto/api-key.dto';
import { ApiKeyCreatedView, ApiKeyView, toApiKeyView } from './dto/api-key.view';

/** Creating, listing and revoking integrators' keys. */
@Injectable()
export class ApiKeys {
  constructor(private readonly db: Db) {}

  async list(query: PageQuery): Promise<Page<ApiKeyView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(ApiKey, 'k'), byCreation('k'), query);
    return { items: page.items.map(toApiKeyView), nextCursor: page.nextCursor };
  }

  async create(actor: StaffPrincipal, input: CreateApiKeyDto): Promise<ApiKeyCreatedView> {
    assertGrantable(actor, input);
    const secret = newSecret(API_KEY_PREFIX);
    const key = await this.db.manager.save(
      this.db.manager.create(ApiKey, {
        name: input.name.trim(),
        prefix: displayPrefix(secret),
        secretHash: digest(secret),
        scopes: [...input.scopes].sort(),
        createdBy: actor.id,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      }),
    );
    return { ...toApiKeyView(key), secret };
  }

  /** Revoking is final and idempotent; the row stays for the audit trail. */
  async revoke(id: string): Promise<void> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(ApiKey)
      .set({ revokedAt: () => 'COALESCE(revoked_at, now())' })
      .where('id = :id', { id })
      .execute();
    if (!result.affected) throw new NotFound('API key');
  }
}

function assertGrantable(actor: StaffPrincipal, input: CreateApiKeyDto): void {
  const errors = input.scopes.flatMap((scope, index) => {
    if (NOT_GRANTABLE_TO_KEYS.includes(scope)) return [{ pointer: `/scopes/${index}`, detail: `${scope} cannot be given to a key` }];
    if (!actor.permissions.has(scope)) return [{ pointer: `/scopes/${index}`, detail: `you do not have ${scope} yourself` }];
    return [];
  });
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= Date.now()) {
    errors.push({ pointer: '/expiresAt', detail: 'must be in the future' });
  }
  if (errors.length) throw new BadRequest('invalid_scopes', 'Some scopes cannot be granted by you.', errors);
}
