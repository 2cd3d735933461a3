import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { CounterStore } from '../../platform/rate-limit/counter-store';
import { Mailer } from '../../notifications/mailer.service';
import { passwordResetMail } from '../../notifications/templates/account-mails';
import { PasswordHasher } from '../passwords/password-hasher';
import { OneTimeTokens } from '../tokens/one-time-tokens.service';
import { Sessions } from '../tokens/sessions.service';
import { Customer } from './customer.entity';
import { ResetPasswordDto } from './dto/customer-auth.dto';

const RESET_TTL_SECONDS = 60 * 60;
/** Reset emails per address per quarter hour: enough for a lost email, too few to flood an inbox. */
const RESETS_PER_WINDOW = 3;

/** A forgotten password: an emailed one-time link, then a new password that ends every session. */
@Injectable()
export class CustomerPasswords {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly counters: CounterStore,
  ) {}

  /** Always accepted, whether or not the email has an account, so it cannot be used to find accounts. */
  async requestReset(email: string): Promise<void> {
    const { count } = await this.counters.increment(`password-reset:${email}`, 15 * 60 * 1000);
    if (count > RESETS_PER_WINDOW) return;
    await this.db.transaction(async (tx) => {
      const customer = await tx.findOne(Customer, { where: { email, status: 'active' } });
      if (!customer) return;
      const token = await this.tokens.issue(tx, 'password_reset', customer.id, RESET_TTL_SECONDS);
      const link = `${this.config.store.storefrontUrl}/account/reset-password?token=${encodeURIComponent(token)}`;
      await this.mailer.enqueue(tx, {
        template: 'password-reset',
        to: customer.email,
        sensitive: true,
        render: (brand) => passwordResetMail(brand, { firstName: customer.firstName, link, validMinutes: RESET_TTL_SECONDS / 60 }),
      });
    });
  }

  async reset(input: ResetPasswordDto): Promise<void> {
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.db.transaction(async (tx) => {
      const customerId = await this.tokens.consume(tx, 'password_reset', input.token);
      await tx.update(Customer, customerId, { passwordHash });
      await this.sessions.endAll(tx, 'customer', customerId);
    });
  }
}
