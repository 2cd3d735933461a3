import { Injectable } from '@nestjs/common';
import { OrderQueries } from '../../orders/order-queries.service';
import { SavedPaymentMethods } from '../../payments/saved-methods/saved-payment-methods.service';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { AddressBook } from '../addresses/address-book.service';
import { CustomerPreferences } from '../preferences/preferences.service';
import { CustomerExportView } from './dto/customer-export.view';

/** "Export my data": the customer's profile, addresses, preferences, saved cards and orders in one JSON document. */
@Injectable()
export class CustomerDataExport {
  constructor(
    private readonly db: Db,
    private readonly addresses: AddressBook,
    private readonly preferences: CustomerPreferences,
    private readonly cards: SavedPaymentMethods,
    private readonly orders: OrderQueries,
  ) {}

  async export(customerId: string): Promise<CustomerExportView> {
    const [profile]: { id: string; email: string; first_name: string; last_name: string; phone: string | null; created_at: Date }[] =
      await this.db.read(`SELECT id, email, first_name, last_name, phone, created_at FROM customers WHERE id = $1`, [customerId]);
    if (!profile) throw new NotFound('customer');
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        id: profile.id,
        email: profile.email,
        firstName: profile.first_name,
        lastName: profile.last_name,
        phone: profile.phone,
        createdAt: profile.created_at.toISOString(),
      },
      addresses: (await this.addresses.list(customerId)).items,
      preferences: await this.preferences.get(customerId),
      savedCards: (await this.cards.list(customerId)).items,
      orders: await this.orders.allOfCustomer(customerId),
    };
  }
}
