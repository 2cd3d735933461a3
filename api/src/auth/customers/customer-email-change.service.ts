import { Injectable } from '@nestjs/common';
import { Mailer } from '../../notifications/mailer.service';
import { emailChangedMail } from '../../notifications/templates/account-mails';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { Conflict, TooManyRequests } from '../../platform/errors/domain-error';
import { CounterStore } from '../../platform/rate-limit/counter-store';
import type { CustomerPrincipal } from '../access/principal';
import { CustomerCredentials } from './customer-credentials.service';
import { Customer } from './customer.entity';
import type { ChangeEmailDto } from './dto/customer-account.dto';
import { CustomerView, toCustomerView } from './dto/customer.view';

/**
 * A few changes an hour per account. Registration already answers "taken" for an address, so a 409 here
 * tells nothing new; the password and this limit keep it from being a faster way to ask.
 */
const CHANGES_PER_HOUR = 5;

/** A new sign-in email: confirmed with the password, unique, and the old address told about it. */
@Injectable()
export class CustomerEmailChange {
  constructor(
    private readonly db: Db,
    private readonly credentials: CustomerCredentials,
    private readonly counters: CounterStore,
    private readonly mailer: Mailer,
  ) {}

  async change(principal: CustomerPrincipal, input: ChangeEmailDto): Promise<CustomerView> {
    const customer = await this.credentials.confirm(principal.id, input.password);
    if (customer.email === input.newEmail) return toCustomerView(customer);
    const { count, resetInMs } = await this.counters.increment(`email-change:customer:${customer.id}`, 60 * 60 * 1000);
    if (count > CHANGES_PER_HOUR) {
      throw new TooManyRequests('too_many_email_changes', 'The email address was changed too often; try again later.', resetInMs / 1000);
    }
    try {
      return await this.db.transaction(async (tx) => {
        await tx.update(Customer, customer.id, { email: input.newEmail });
        const changed = await tx.findOneByOrFail(Customer, { id: customer.id });
        await this.mailer.enqueue(tx, {
          template: 'email-changed',
          to: customer.email,
          render: (brand) =>
            emailChangedMail(brand, { firstName: customer.firstName, newEmail: input.newEmail, changedAt: changed.updatedAt }),
        });
        return toCustomerView(changed);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'customers_email_key')) {
        throw new Conflict('email_taken', 'Another account uses this email address.', [{ pointer: '/newEmail', detail: 'is taken' }]);
      }
      throw error;
    }
  }
}
