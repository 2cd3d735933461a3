import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { Unauthenticated } from '../../platform/errors/domain-error';
import type { CustomerPrincipal } from '../access/principal';
import { Customer } from './customer.entity';
import type { UpdateProfileDto } from './dto/customer-account.dto';
import { CustomerView, toCustomerView } from './dto/customer.view';

/** The signed-in customer's own details: read, and the parts they may change without a password. */
@Injectable()
export class CustomerProfile {
  constructor(private readonly db: Db) {}

  async get(principal: CustomerPrincipal): Promise<CustomerView> {
    const customer = await this.db.manager.findOne(Customer, { where: { id: principal.id, status: 'active' } });
    if (!customer) throw new Unauthenticated('account_inactive', 'This account is no longer active.');
    return toCustomerView(customer);
  }

  async update(principal: CustomerPrincipal, input: UpdateProfileDto): Promise<CustomerView> {
    const changes: Partial<Pick<Customer, 'firstName' | 'lastName' | 'phone'>> = {};
    if (input.firstName !== undefined) changes.firstName = input.firstName;
    if (input.lastName !== undefined) changes.lastName = input.lastName;
    if (input.phone !== undefined) changes.phone = input.phone || null;
    if (Object.keys(changes).length) {
      await this.db.transaction((tx) => tx.update(Customer, { id: principal.id, status: 'active' }, changes));
    }
    return this.get(principal);
  }
}
