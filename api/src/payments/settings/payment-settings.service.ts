import type { EntityManager } from 'typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { StoreSettings } from '../../settings/store-settings.service';
import { PaymentSettingsView, secretStatus } from '../dto/payment-settings.view';
import { DEFAULT_PAYMENT_SETTINGS, PAYMENT_SETTINGS_KEY, PaymentConfiguration, StoredPaymentSettings } from './payment-settings';
import { checkPaymentSettings, CurrentSecrets, PaymentSettingsInput, effective } from './payment-settings-rules';
import { deriveSettingsKey, SealedSecret, SecretBox } from './secret-box';

/** Where each secret lives; also its AES-GCM associated data, so a sealed value only opens in its own field. */
const FIELD = {
  stripeSecretKey: 'payments.stripe.secretKey',
  stripeWebhookSecret: 'payments.stripe.webhookSecret',
  paypalClientSecret: 'payments.paypal.clientSecret',
} as const;

/**
 * The `payments` group of store settings. Secrets are sealed before they are stored and never leave this
 * domain: staff see whether each is set and its last four characters, providers get them opened.
 */
@Injectable()
export class PaymentSettings {
  private readonly logger = new Logger('PaymentSettings');
  private readonly box: SecretBox;

  constructor(
    private readonly db: Db,
    private readonly settings: StoreSettings,
    config: AppConfig,
  ) {
    this.box = new SecretBox(deriveSettingsKey(config.settingsEncryptionSecret));
  }

  async view(): Promise<PaymentSettingsView> {
    return this.toView(await this.stored());
  }

  /** The settings with secrets opened. A secret that no longer opens (the key changed) counts as not set. */
  async configuration(): Promise<PaymentConfiguration> {
    const stored = await this.stored();
    const secrets = this.open(stored);
    const { stripe, paypal } = stored;
    return {
      sandbox: stored.sandbox,
      stripe: {
        enabled: stripe.enabled,
        countries: stripe.countries,
        credentials:
          secrets.stripe.secretKey && secrets.stripe.webhookSecret && stripe.publishableKey
            ? {
                secretKey: secrets.stripe.secretKey,
                webhookSecret: secrets.stripe.webhookSecret,
                publishableKey: stripe.publishableKey,
                captureMethod: stripe.captureMethod,
                apiBaseUrl: stripe.apiBaseUrl,
              }
            : null,
      },
      paypal: {
        enabled: paypal.enabled,
        countries: paypal.countries,
        credentials:
          secrets.paypal.clientSecret && paypal.clientId && paypal.webhookId
            ? {
                clientId: paypal.clientId,
                clientSecret: secrets.paypal.clientSecret,
                webhookId: paypal.webhookId,
                mode: paypal.mode,
                apiBaseUrl: paypal.apiBaseUrl,
              }
            : null,
      },
      cashOnDelivery: stored.cashOnDelivery,
    };
  }

  replace(input: PaymentSettingsInput): Promise<PaymentSettingsView> {
    return this.db.transaction(async (tx) => {
      // Read and write under one lock on the row's key, so two staff saving at once cannot interleave.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('store_settings:payments'))`);
      const stored = await this.stored(tx);
      const current = this.open(stored);
      const errors = checkPaymentSettings(input, current);
      if (errors.length) throw new ValidationFailed(errors);
      const next: StoredPaymentSettings = {
        sandbox: { enabled: input.sandbox.enabled, countries: unique(input.sandbox.countries) },
        stripe: {
          enabled: input.stripe.enabled,
          countries: unique(input.stripe.countries),
          publishableKey: input.stripe.publishableKey,
          secretKey: this.seal(input.stripe.secretKey, stored.stripe.secretKey, FIELD.stripeSecretKey),
          webhookSecret: this.seal(input.stripe.webhookSecret, stored.stripe.webhookSecret, FIELD.stripeWebhookSecret),
          captureMethod: input.stripe.captureMethod,
          apiBaseUrl: effective(input.stripe.apiBaseUrl, stored.stripe.apiBaseUrl),
        },
        paypal: {
          enabled: input.paypal.enabled,
          countries: unique(input.paypal.countries),
          mode: input.paypal.mode,
          clientId: input.paypal.clientId,
          clientSecret: this.seal(input.paypal.clientSecret, stored.paypal.clientSecret, FIELD.paypalClientSecret),
          webhookId: input.paypal.webhookId,
          apiBaseUrl: effective(input.paypal.apiBaseUrl, stored.paypal.apiBaseUrl),
        },
        cashOnDelivery: {
          enabled: input.cashOnDelivery.enabled,
          countries: unique(input.cashOnDelivery.countries),
          maxAmount: input.cashOnDelivery.maxAmount
            ? { amount: input.cashOnDelivery.maxAmount.amount, currency: input.cashOnDelivery.maxAmount.currency }
            : null,
        },
      };
      await this.settings.set(tx, PAYMENT_SETTINGS_KEY, next);
      return this.toView(next);
    });
  }

  private stored(tx?: EntityManager): Promise<StoredPaymentSettings> {
    return this.settings.get<StoredPaymentSettings>(PAYMENT_SETTINGS_KEY, DEFAULT_PAYMENT_SETTINGS, tx);
  }

  private open(stored: StoredPaymentSettings): CurrentSecrets {
    const open = (sealed: SealedSecret | null, field: string) => {
      const value = this.box.open(sealed, field);
      if (sealed && value === null) this.logger.warn(`${field} does not open with the current key; set it again`);
      return value;
    };
    return {
      stripe: {
        secretKey: open(stored.stripe.secretKey, FIELD.stripeSecretKey),
        webhookSecret: open(stored.stripe.webhookSecret, FIELD.stripeWebhookSecret),
        apiBaseUrl: stored.stripe.apiBaseUrl,
      },
      paypal: { clientSecret: open(stored.paypal.clientSecret, FIELD.paypalClientSecret), apiBaseUrl: stored.paypal.apiBaseUrl },
    };
  }

  private seal(sent: string | null | undefined, stored: SealedSecret | null, field: string): SealedSecret | null {
    if (sent === undefined) return stored;
    return sent === null ? null : this.box.seal(sent, field);
  }

  private toView(stored: StoredPaymentSettings): PaymentSettingsView {
    const readable = (sealed: SealedSecret | null, field: string) => this.box.open(sealed, field) !== null;
    const { sandbox, stripe, paypal, cashOnDelivery } = stored;
    return {
      sandbox: { enabled: sandbox.enabled, countries: sandbox.countries },
      stripe: {
        enabled: stripe.enabled,
        countries: stripe.countries,
        publishableKey: stripe.publishableKey,
        secretKey: secretStatus(stripe.secretKey, readable(stripe.secretKey, FIELD.stripeSecretKey)),
        webhookSecret: secretStatus(stripe.webhookSecret, readable(stripe.webhookSecret, FIELD.stripeWebhookSecret)),
        captureMethod: stripe.captureMethod,
        apiBaseUrl: stripe.apiBaseUrl,
      },
      paypal: {
        enabled: paypal.enabled,
        countries: paypal.countries,
        mode: paypal.mode,
        clientId: paypal.clientId,
        clientSecret: secretStatus(paypal.clientSecret, readable(paypal.clientSecret, FIELD.paypalClientSecret)),
        webhookId: paypal.webhookId,
        apiBaseUrl: paypal.apiBaseUrl,
      },
      cashOnDelivery: { enabled: cashOnDelivery.enabled, countries: cashOnDelivery.countries, maxAmount: cashOnDelivery.maxAmount },
    };
  }
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)].sort();
}
