import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { Conflict, NotFound } from '../../platform/errors/domain-error';
import { PaymentProviderNotConfigured } from '../payment-errors';
import { PaymentProviders } from '../payment-providers.service';
import {
  PaymentMethodSetupView,
  SavedPaymentMethodsView,
  SavedPaymentMethodView,
  SavePaymentMethodDto,
  toSavedPaymentMethodView,
} from '../dto/saved-payment-method.dto';
import { ProviderCustomers } from './provider-customers.service';
import { atProviderUnlessGone } from './saved-methods-erasure.service';
import { MAX_SAVED_METHODS, SavedCardProviderId, SavedMethodRecord, SavedMethodRepository } from './saved-method.repository';

/**
 * A customer's saved cards: only ids, brand, last four digits and expiry, read from the provider. A card is
 * the customer's only when the provider says it hangs off their provider customer; another customer's card
 * looks absent (404), whether listed, saved or removed.
 */
@Injectable()
export class SavedPaymentMethods {
  constructor(
    private readonly db: Db,
    private readonly providers: PaymentProviders,
    private readonly customers: ProviderCustomers,
    private readonly methods: SavedMethodRepository,
  ) {}

  async list(customerId: string): Promise<SavedPaymentMethodsView> {
    return { items: (await this.methods.list(customerId)).map(toSavedPaymentMethodView) };
  }

  /** Starts saving a card without paying: a SetupIntent (or the sandbox's) for the storefront to confirm. */
  async startSetup(customerId: string, requested?: SavedCardProviderId): Promise<PaymentMethodSetupView> {
    const keepers = await this.providers.cardKeepers();
    const provider = requested ?? keepers[0];
    if (!provider || !keepers.includes(provider)) throw new PaymentProviderNotConfigured(requested ?? 'card-saving');
    const providerCustomerId = await this.customers.ensure(customerId, provider);
    const setup = await (await this.providers.savedCards(provider)).createSetup(providerCustomerId);
    return { provider, ...setup, publishableKey: await this.providers.publishableKey(provider) };
  }

  /** Records a confirmed method, as the provider describes it; nothing but its id is taken from the request. */
  async save(customerId: string, input: SavePaymentMethodDto): Promise<SavedPaymentMethodView> {
    const providerCustomerId = await this.customers.find(customerId, input.provider);
    if (!providerCustomerId) throw new NotFound('payment method');
    const method = await (await this.providers.savedCards(input.provider)).describeMethod(input.providerMethodId);
    if (method.providerCustomerId !== providerCustomerId) throw new NotFound('payment method');
    const saved = await this.db.transaction(async (tx) => {
      // One customer's saves queue behind each other, so the count below is exact.
      await tx.query(`SELECT 1 FROM payment_customers WHERE customer_id = $1 AND provider = $2 FOR UPDATE`, [customerId, input.provider]);
      const record = await this.methods.upsert(tx, customerId, input.provider, providerCustomerId, method);
      if (!record) throw new NotFound('payment method');
      if ((await this.methods.count(tx, customerId)) > MAX_SAVED_METHODS) {
        throw new Conflict('too_many_saved_methods', `A customer keeps at most ${MAX_SAVED_METHODS} cards; remove one first.`);
      }
      return record;
    });
    return toSavedPaymentMethodView(saved);
  }

  /** Detaches the card at the provider first (outside any transaction), then forgets it. */
  async remove(customerId: string, id: string): Promise<void> {
    const method = await this.methods.findOwned(null, customerId, id);
    if (!method) throw new NotFound('payment method');
    // Unreachable is thrown: the shopper tries again, rather than us forgetting a card Stripe still keeps.
    await atProviderUnlessGone(this.providers, method.provider, (keeper) => keeper.detachMethod(method.providerMethodId));
    await this.db.transaction((tx) => this.methods.delete(tx, customerId, id));
  }

  /** Makes the card the customer's default, at the provider first (so both agree), then here. */
  async setDefault(customerId: string, id: string): Promise<SavedPaymentMethodView> {
    const method = await this.methods.findOwned(null, customerId, id);
    if (!method) throw new NotFound('payment method');
    await (await this.providers.savedCards(method.provider)).setDefaultMethod(method.providerCustomerId, method.providerMethodId);
    const marked = await this.db.transaction((tx) => this.methods.markDefault(tx, customerId, id));
    // Removed by a concurrent request after the provider call: absent, as it would be a moment later.
    if (!marked) throw new NotFound('payment method');
    return toSavedPaymentMethodView(marked);
  }

  /**
   * For the checkout: the customer's saved card by our id, with what `PaymentRequest.savedMethodId` and
   * `Payer.providerCustomerId` need. Somebody else's card is absent.
   */
  async resolveForCheckout(customerId: string, id: string): Promise<SavedMethodRecord> {
    const method = await this.methods.findOwned(null, customerId, id);
    if (!method) throw new NotFound('payment method');
    return method;
  }
}
