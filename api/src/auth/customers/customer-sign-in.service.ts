import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { Unauthenticated } from '../../platform/errors/domain-error';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginThrottle } from '../throttle/login-throttle';
import { Sessions } from '../tokens/sessions.service';
import { TokenPairView } from '../tokens/token-pair.view';
import { Customer } from './customer.entity';

/** Sign-in, refresh and sign-out of customers. */
@Injectable()
export class CustomerSignIn {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: Sessions,
  ) {}

  /** The local passport strategy's check: throttled, constant-time for unknown emails. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<Customer> {
    await this.throttle.assertAllowed('customer', email, ip);
    const customer = await this.db.manager
      .createQueryBuilder(Customer, 'c')
      .addSelect('c.passwordHash')
      .where('c.email = :email', { email })
      .getOne();
    const ok = await this.hasher.verify(customer?.passwordHash, password);
    if (!customer || !ok || customer.status !== 'active') {
      await this.throttle.recordFailure('customer', email, ip);
      throw new Unauthenticated('invalid_credentials', 'The email or password is wrong.');
    }
    await this.throttle.recordSuccess('customer', email);
    return customer;
  }

  signIn(customer: Customer): Promise<TokenPairView> {
    return this.sessions.start('customer', customer.id);
  }

  refresh(refreshToken: string): Promise<TokenPairView> {
    return this.sessions.refresh('customer', refreshToken, (id) => this.isActive(id));
  }

  signOut(refreshToken: string): Promise<void> {
    return this.sessions.end('customer', refreshToken);
  }

  private async isActive(id: string): Promise<boolean> {
    return this.db.manager.exists(Customer, { where: { id, status: 'active' } });
  }
}
