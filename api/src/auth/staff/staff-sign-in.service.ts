import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { Unauthenticated } from '../../platform/errors/domain-error';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginThrottle } from '../throttle/login-throttle';
import { OneTimeTokens } from '../tokens/one-time-tokens.service';
import { Sessions } from '../tokens/sessions.service';
import { TokenPairView } from '../tokens/token-pair.view';
import { StaffUser } from './staff-user.entity';

/** Staff sign-in, refresh, sign-out, and the first sign-in that accepts an invitation. */
@Injectable()
export class StaffSignIn {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: Sessions,
    private readonly tokens: OneTimeTokens,
  ) {}

  async verifyCredentials(email: string, password: string, ip: string): Promise<StaffUser> {
    await this.throttle.assertAllowed('staff', email, ip);
    const staff = await this.db.manager
      .createQueryBuilder(StaffUser, 's')
      .addSelect('s.passwordHash')
      .where('s.email = :email', { email })
      .getOne();
    const ok = await this.hasher.verify(staff?.passwordHash, password);
    if (!staff || !ok || staff.status !== 'active') {
      await this.throttle.recordFailure('staff', email, ip);
      throw new Unauthenticated('invalid_credentials', 'The email or password is wrong, or the account is not active.');
    }
    await this.throttle.recordSuccess('staff', email);
    return staff;
  }

  async signIn(staff: StaffUser): Promise<TokenPairView> {
    return this.db.transaction(async (tx) => {
      await tx.update(StaffUser, staff.id, { lastSignInAt: new Date() });
      return this.sessions.start('staff', staff.id, tx);
    });
  }

  refresh(refreshToken: string): Promise<TokenPairView> {
    return this.sessions.refresh('staff', refreshToken, (id) => this.db.manager.exists(StaffUser, { where: { id, status: 'active' } }));
  }

  signOut(refreshToken: string): Promise<void> {
    return this.sessions.end('staff', refreshToken);
  }

  /** Spends the invitation, sets the password, activates the account and signs in. */
  async acceptInvite(token: string, password: string): Promise<TokenPairView> {
    const passwordHash = await this.hasher.hash(password);
    return this.db.transaction(async (tx) => {
      const staffId = await this.tokens.consume(tx, 'staff_invite', token);
      const result = await tx
        .createQueryBuilder()
        .update(StaffUser)
        .set({ passwordHash, status: 'active', lastSignInAt: new Date() })
        .where("id = :staffId AND status = 'invited'", { staffId })
        .execute();
      if (!result.affected) throw new Unauthenticated('invitation_withdrawn', 'This invitation is no longer valid.');
      return this.sessions.start('staff', staffId, tx);
    });
  }
}
