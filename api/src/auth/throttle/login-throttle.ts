import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { TooManyRequests } from '../../platform/errors/domain-error';
import { CounterStore } from '../../platform/rate-limit/counter-store';

export type Realm = 'customer' | 'staff';

/**
 * Slows password guessing: after N failed sign-ins for one account, or M from one address, further
 * attempts get 429 with Retry-After until the window ends, even with the right password. Checked
 * before the (deliberately slow) password hash runs.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly counters: CounterStore,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(realm: Realm, email: string, ip: string): Promise<void> {
    const { loginMaxFailuresPerAccount, loginMaxFailuresPerIp } = this.config.auth;
    const [account, address] = await Promise.all([this.counters.peek(accountKey(realm, email)), this.counters.peek(ipKey(ip))]);
    if (account.count >= loginMaxFailuresPerAccount) {
      throw new TooManyRequests(
        'too_many_sign_in_attempts',
        'Too many failed sign-ins for this account; try again later.',
        account.resetInMs / 1000,
      );
    }
    if (address.count >= loginMaxFailuresPerIp) {
      throw new TooManyRequests(
        'too_many_sign_in_attempts',
        'Too many failed sign-ins from this address; try again later.',
        address.resetInMs / 1000,
      );
    }
  }

  async recordFailure(realm: Realm, email: string, ip: string): Promise<void> {
    const windowMs = this.config.auth.loginLockoutSeconds * 1000;
    await Promise.all([this.counters.increment(accountKey(realm, email), windowMs), this.counters.increment(ipKey(ip), windowMs)]);
  }

  async recordSuccess(realm: Realm, email: string): Promise<void> {
    await this.counters.reset(accountKey(realm, email));
  }
}

const accountKey = (realm: Realm, email: string) => `login:${realm}:${email}`;
const ipKey = (ip: string) => `login:ip:${ip}`;
