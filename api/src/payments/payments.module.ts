import { Module } from '@nestjs/common';
import { PaymentSettingsAdminController } from './admin/payment-settings.admin.controller';
import { PaymentsAdminController } from './admin/payments.admin.controller';
import { CashCollections } from './cash/cash-collections.service';
import { PaymentRepository } from './payment.repository';
import { PaymentProviders } from './payment-providers.service';
import { PaymentQueries } from './payment-queries.service';
import { PaymentRecords } from './payment-records.service';
import { CashOnDeliveryProvider } from './providers/cash-on-delivery.provider';
import { SandboxApprovals } from './providers/sandbox/sandbox-approvals.service';
import { SandboxCardVault } from './providers/sandbox/sandbox-card-vault';
import { SandboxObjects } from './providers/sandbox/sandbox-objects';
import { SandboxProvider } from './providers/sandbox/sandbox.provider';
import { ProviderCustomers } from './saved-methods/provider-customers.service';
import { SavedMethodRepository } from './saved-methods/saved-method.repository';
import { SavedPaymentMethods } from './saved-methods/saved-payment-methods.service';
import { SavedMethodsErasure } from './saved-methods/saved-methods-erasure.service';
import { PaymentSettings } from './settings/payment-settings.service';
import { PaymentProvidersStoreController } from './store/payment-providers.store.controller';
import { SandboxPaymentsStoreController } from './store/sandbox-payments.store.controller';
import { SavedPaymentMethodsStoreController } from './store/saved-payment-methods.store.controller';
import { PaymentWebhooksController } from './webhooks/payment-webhooks.controller';
import { PaymentWebhooks } from './webhooks/payment-webhooks.service';

/**
 * Payments: providers (sandbox, Stripe, PayPal, cash on delivery) behind one contract, our payment records,
 * verified and deduplicated webhooks, and customers' saved cards. The checkout uses PaymentProviders (which
 * to offer, which to call), PaymentRecords (inside its own transactions), ProviderCustomers and
 * SavedPaymentMethods (for a saved card), and handles the `payments.event` outbox topic.
 */
@Module({
  controllers: [
    // Before PaymentsAdminController, whose /admin/payments/:id would otherwise take /admin/payments/settings.
    PaymentSettingsAdminController,
    PaymentsAdminController,
    PaymentProvidersStoreController,
    SandboxPaymentsStoreController,
    SavedPaymentMethodsStoreController,
    PaymentWebhooksController,
  ],
  providers: [
    PaymentRepository,
    PaymentRecords,
    PaymentQueries,
    PaymentSettings,
    PaymentProviders,
    SandboxObjects,
    SandboxCardVault,
    SandboxProvider,
    SandboxApprovals,
    CashOnDeliveryProvider,
    CashCollections,
    SavedMethodRepository,
    ProviderCustomers,
    SavedPaymentMethods,
    SavedMethodsErasure,
    PaymentWebhooks,
  ],
  exports: [PaymentProviders, PaymentRecords, CashCollections, ProviderCustomers, SavedPaymentMethods, SavedMethodsErasure],
})
export class PaymentsModule {}
