import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { Unauthenticated } from '../../platform/errors/domain-error';
import type { CustomerPrincipal } from '../access/principal';
import { Customer } from './customer.entity';
import { CustomerView, toCustomerView } from './dto/customer.view';

@Injectable()
export class CustomerProfile {
  constructor(private readonly db: Db) {}

  async get(principal: CustomerPrincipal): Promise<CustomerView> {
    const customer = await this.db.manager.findOne(Customer, { where: { id: principal.id, status: 'active' } });
    if (!customer) throw new Unauthenticated('account_inactive', 'This account is no longer active.');
    return toCustomerView(customer);
  }
}
