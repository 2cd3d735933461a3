import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { Unauthenticated } from '../../platform/errors/domain-error';
import { RefreshToken, SubjectType } from './refresh-token.entity';
import { digest, newSecret } from './secret-token';
import { TokenPairView } from './token-pair.view';

export const REFRESH_PREFIX = 'tp_rt_';
export const TOKEN_ISSUER = 'tillpoint';

/** The audience of an access token: the surface it opens. */
export const AUDIENCE: Record<SubjectType, 'store' | 'admin'> = { customer: 'store', staff: 'admin' };

export interface AccessClaims {
  sub: string;
  typ: SubjectType;
  sid: string;
}

type Rotation =
  | { ok: true; subjectId: string; familyId: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused'; familyId?: string };

/**
 * Sessions: short-lived JWT access tokens plus rotating refresh tokens stored as digests.
 * Signing out or a detected reuse revokes the family; changing a password revokes the others.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** A new session for someone who just proved who they are. */
  async start(subjectType: SubjectType, subjectId: string, tx?: EntityManager): Promise<TokenPairView> {
    const familyId = randomUUID();
    const refreshToken = await this.issueRefresh(tx ?? this.db.manager, subjectType, subjectId, familyId);
    return this.pair(subjectType, subjectId, familyId, refreshToken);
  }

  /**
   * Spends a refresh token and returns the next pair. `isActive` lets the caller refuse subjects that
   * were deactivated since the session started.
   */
  async refresh(subjectType: SubjectType, presented: string, isActive: (subjectId: string) => Promise<boolean>): Promise<TokenPairView> {
    const rotation = await this.db.transaction(async (tx): Promise<Rotation> => {
      const token = await tx.findOne(RefreshToken, {
        where: { tokenHash: digest(presented), subjectType },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { ok: false, reason: 'unknown' };
      if (token.revokedAt) return { ok: false, reason: 'revoked' };
      if (token.usedAt) return { ok: false, reason: 'reused', familyId: token.familyId };
      if (token.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
      await tx.update(RefreshToken, token.id, { usedAt: new Date() });
      return { ok: true, subjectId: token.subjectId, familyId: token.familyId };
    });
    if (!rotation.ok) {
      // Revoked outside the transaction above, which found the reuse: that work must commit, not roll back.
      if (rotation.reason === 'reused' && rotation.familyId) await this.revokeFamily(rotation.familyId);
      throw new Unauthenticated(`refresh_token_${rotation.reason}`, refreshFailure[rotation.reason]);
    }
    if (!(await isActive(rotation.subjectId))) {
      await this.revokeFamily(rotation.familyId);
      throw new Unauthenticated('account_inactive', 'This account can no longer sign in.');
    }
    const next = await this.issueRefresh(this.db.manager, subjectType, rotation.subjectId, rotation.familyId);
    return this.pair(subjectType, rotation.subjectId, rotation.familyId, next);
  }

  /** Sign-out: the presented token's whole session ends. Unknown tokens are ignored (sign-out is idempotent). */
  async end(subjectType: SubjectType, presented: string): Promise<void> {
    const token = await this.db.manager.findOne(RefreshToken, { where: { tokenHash: digest(presented), subjectType } });
    if (token) await this.revokeFamily(token.familyId);
  }

  /** Ends every session of a subject but `keepFamilyId` (the one that changed the password). */
  async endAll(tx: EntityManager, subjectType: SubjectType, subjectId: string, keepFamilyId?: string): Promise<void> {
    const query = tx
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('subject_type = :subjectType AND subject_id = :subjectId AND revoked_at IS NULL', { subjectType, subjectId });
    if (keepFamilyId) query.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    await query.execute();
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issueRefresh(tx: EntityManager, subjectType: SubjectType, subjectId: string, familyId: string): Promise<string> {
    const secret = newSecret(REFRESH_PREFIX);
    await tx.insert(RefreshToken, {
      familyId,
      subjectType,
      subjectId,
      tokenHash: digest(secret),
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000),
    });
    return secret;
  }

  private async pair(subjectType: SubjectType, subjectId: string, familyId: string, refreshToken: string): Promise<TokenPairView> {
    const claims: AccessClaims = { sub: subjectId, typ: subjectType, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      issuer: TOKEN_ISSUER,
      audience: AUDIENCE[subjectType],
      expiresIn: this.config.auth.accessTokenTtlSeconds,
    });
    return { accessToken, refreshToken, expiresIn: this.config.auth.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }
}

const refreshFailure: Record<'unknown' | 'expired' | 'revoked' | 'reused', string> = {
  unknown: 'The refresh token is not valid.',
  expired: 'The refresh token has expired; sign in again.',
  revoked: 'This session has ended; sign in again.',
  reused: 'This refresh token was already used, so the session was ended for safety; sign in again.',
};
