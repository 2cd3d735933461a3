import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { BadRequest, TooManyRequests, Unauthenticated } from '../../platform/errors/domain-error';
import { CounterStore } from '../../platform/rate-limit/counter-store';
import { PasswordHasher } from '../passwords/password-hasher';
import { Customer } from './customer.entity';

/**
 * "Confirm with your password" before a change that could take an account over or end it (new email,
 * deletion). Wrong answers are counted per account like failed sign-ins, so a stolen access token
 * cannot be used to guess the password at leisure.
 */
@Injectable()
export class CustomerCredentials {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly counters: CounterStore,
    private readonly config: AppConfig,
  ) {}

  /** The active customer, once the password is right; a wrong one is a 400 pointing at `/password`. */
  async confirm(customerId: string, password: string): Promise<Customer> {
    const key = `password-confirm:customer:${customerId}`;
    const { loginMaxFailuresPerAccount, loginLockoutSeconds } = this.config.auth;
    const failures = await this.counters.peek(key);
    if (failures.count >= loginMaxFailuresPerAccount) {
      throw new TooManyRequests('too_many_password_attempts', 'Too many wrong passwords; try again later.', failures.resetInMs / 1000);
    }
    const customer = await this.db.manager
      .createQueryBuilder(Customer, 'c')
      .addSelect('c.passwordHash')
      .where('c.id = :id', { id: customerId })
      .getOne();
    if (!customer || customer.status !== 'active') throw new Unauthenticated('account_inactive', 'This account is no longer active.');
    if (!(await this.hasher.verify(customer.passwordHash, password))) {
      await this.counters.increment(key, loginLockoutSeconds * 1000);
      throw new BadRequest('wrong_password', 'The password is wrong.', [{ pointer: '/password', detail: 'is wrong' }]);
    }
    await this.counters.reset(key);
    return customer;
  }
}
