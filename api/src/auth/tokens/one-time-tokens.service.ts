import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { BadRequest } from '../../platform/errors/domain-error';
import { OneTimePurpose, OneTimeToken } from './one-time-token.entity';
import { digest, newSecret } from './secret-token';

export const ONE_TIME_PREFIX = 'tp_ot_';

/** Issues and spends emailed one-time tokens, always inside the caller's transaction. */
@Injectable()
export class OneTimeTokens {
  /** A new token; earlier unused ones of the same purpose and subject stop working. */
  async issue(tx: EntityManager, purpose: OneTimePurpose, subjectId: string, ttlSeconds: number): Promise<string> {
    await tx.update(OneTimeToken, { purpose, subjectId, usedAt: IsNull() }, { usedAt: new Date() });
    const secret = newSecret(ONE_TIME_PREFIX);
    await tx.insert(OneTimeToken, {
      purpose,
      subjectId,
      tokenHash: digest(secret),
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    });
    return secret;
  }

  /** Spends a token and returns its subject; one request wins when two race with the same token. */
  async consume(tx: EntityManager, purpose: OneTimePurpose, presented: string): Promise<string> {
    const token = await tx.findOne(OneTimeToken, {
      where: { purpose, tokenHash: digest(presented) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now()) {
      throw new BadRequest('invalid_token', 'This link is not valid or has expired; ask for a new one.', [
        { pointer: '/token', detail: 'is invalid, used or expired' },
      ]);
    }
    await tx.update(OneTimeToken, token.id, { usedAt: new Date() });
    return token.subjectId;
  }
}
