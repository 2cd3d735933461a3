import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Money, money } from '../platform/money/money';
import { OfferedProviderView } from './dto/offered-providers.dto';
import { PaymentProviderNotConfigured } from './payment-errors';
import type { PaymentProvider, ProviderId, SavedCardProvider } from './payment-provider';
import { CashOnDeliveryProvider } from './providers/cash-on-delivery.provider';
import { PAYPAL_BASE_URLS, PayPalApi } from './providers/paypal/paypal-api';
import { PayPalProvider } from './providers/paypal/paypal.provider';
import { SandboxCardVault } from './providers/sandbox/sandbox-card-vault';
import { SandboxProvider } from './providers/sandbox/sandbox.provider';
import { SANDBOX_TOKENS } from './providers/sandbox/sandbox-tokens';
import { StripeProvider, stripeClient } from './providers/stripe/stripe.provider';
import { SavedCardProviderId } from './saved-methods/saved-method.repository';
import { PaymentConfiguration, offeredProviders, PayPalCredentials, StripeCredentials } from './settings/payment-settings';
import { PaymentSettings } from './settings/payment-settings.service';

type Built = { fingerprint: string; provider: StripeProvider | PayPalProvider };

/**
 * Which providers a shopper may choose, and the provider object to call. Stripe and PayPal are built from
 * the stored settings and kept while their credentials stay the same (their clients hold connections and
 * an OAuth token). Every process reads the settings from the database, so all replicas agree.
 */
@Injectable()
export class PaymentProviders {
  private readonly built = new Map<'stripe' | 'paypal', Built>();

  constructor(
    private readonly settings: PaymentSettings,
    private readonly sandbox: SandboxProvider,
    private readonly sandboxCards: SandboxCardVault,
    private readonly cashOnDelivery: CashOnDeliveryProvider,
  ) {}

  /** What the storefront may offer at checkout for this country and order total. */
  async available(query: { country: string; amount: Money }): Promise<ProviderId[]> {
    return offeredProviders(await this.settings.configuration(), query);
  }

  /** The offered providers with the public values the storefront needs (never a secret). */
  async offered(query: { country: string; amount: number; currency: string }): Promise<OfferedProviderView[]> {
    const configuration = await this.settings.configuration();
    return offeredProviders(configuration, { country: query.country, amount: money(query.amount, query.currency) }).map((id) => ({
      id,
      publishableKey: id === 'stripe' ? (configuration.stripe.credentials?.publishableKey ?? null) : null,
      clientId: id === 'paypal' ? (configuration.paypal.credentials?.clientId ?? null) : null,
      savesCards: id === 'stripe' || id === 'sandbox',
      testTokens: id === 'sandbox' ? Object.values(SANDBOX_TOKENS) : [],
    }));
  }

  /**
   * The provider to call. A provider switched off but still set up answers too: payments under way, refunds
   * and webhooks must keep working after staff stop offering it.
   */
  async get(id: ProviderId): Promise<PaymentProvider> {
    return this.build(await this.settings.configuration(), id);
  }

  async savedCards(id: SavedCardProviderId): Promise<SavedCardProvider> {
    if (id === 'sandbox') return this.sandboxCards;
    return (await this.get('stripe')) as StripeProvider;
  }

  /** Where new cards may be kept, preferred first: Stripe when it is on and set up, the sandbox when it is on. */
  async cardKeepers(): Promise<SavedCardProviderId[]> {
    const configuration = await this.settings.configuration();
    const keepers: SavedCardProviderId[] = [];
    if (configuration.stripe.enabled && configuration.stripe.credentials) keepers.push('stripe');
    if (configuration.sandbox.enabled) keepers.push('sandbox');
    return keepers;
  }

  /** Public values for saving a card with `id` (Stripe's publishable key). */
  async publishableKey(id: SavedCardProviderId): Promise<string | null> {
    return id === 'stripe' ? ((await this.settings.configuration()).stripe.credentials?.publishableKey ?? null) : null;
  }

  private build(configuration: PaymentConfiguration, id: ProviderId): PaymentProvider {
    switch (id) {
      case 'sandbox':
        return this.sandbox;
      case 'cash_on_delivery':
        return this.cashOnDelivery;
      case 'stripe': {
        const credentials = configuration.stripe.credentials;
        if (!credentials) throw new PaymentProviderNotConfigured('Stripe');
        return this.reuse('stripe', credentials, () => new StripeProvider(stripeClient(credentials), credentials));
      }
      case 'paypal': {
        const credentials = configuration.paypal.credentials;
        if (!credentials) throw new PaymentProviderNotConfigured('PayPal');
        return this.reuse('paypal', credentials, () => new PayPalProvider(payPalApi(credentials), credentials));
      }
    }
  }

  private reuse(
    id: 'stripe' | 'paypal',
    credentials: StripeCredentials | PayPalCredentials,
    make: () => Built['provider'],
  ): Built['provider'] {
    const fingerprint = createHash('sha256').update(JSON.stringify(credentials)).digest('hex');
    const known = this.built.get(id);
    if (known?.fingerprint === fingerprint) return known.provider;
    const provider = make();
    this.built.set(id, { fingerprint, provider });
    return provider;
  }
}

function payPalApi(credentials: PayPalCredentials): PayPalApi {
  return new PayPalApi(credentials.apiBaseUrl ?? PAYPAL_BASE_URLS[credentials.mode], credentials.clientId, credentials.clientSecret);
}
