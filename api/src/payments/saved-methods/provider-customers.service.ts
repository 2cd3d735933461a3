import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { PaymentProviders } from '../payment-providers.service';
import { SavedCardProviderId, SavedMethodRepository } from './saved-method.repository';

/** Our customer's customer record at a provider (a Stripe Customer), made the first time it is needed. */
@Injectable()
export class ProviderCustomers {
  constructor(
    private readonly db: Db,
    private readonly providers: PaymentProviders,
    private readonly methods: SavedMethodRepository,
  ) {}

  /** For the checkout's `Payer.providerCustomerId`: null until the customer has one with this provider. */
  find(customerId: string, provider: SavedCardProviderId): Promise<string | null> {
    return this.methods.providerCustomerId(null, customerId, provider);
  }

  /** Asks the provider for a customer (outside any transaction), then keeps the first one made for good. */
  async ensure(customerId: string, provider: SavedCardProviderId, email = ''): Promise<string> {
    const known = await this.find(customerId, provider);
    if (known) return known;
    const keeper = await this.providers.savedCards(provider);
    const made = await keeper.ensureCustomer({ email, customerId, providerCustomerId: null });
    return this.methods.rememberProviderCustomer(this.db.manager, customerId, provider, made);
  }
}
