import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import type { SealedSecret } from '../settings/secret-box';

/** A write-only secret as staff see it: whether it is set, and its last four characters to recognise it. */
export class SecretStatusView {
  @ApiProperty({ description: 'Stored, and readable with the current encryption key' }) configured: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'x9Qa' }) last4: string | null;
}

class OfferingView {
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: [String], example: ['NL'], description: 'Empty means everywhere' }) countries: string[];
}

export class SandboxSettingsView extends OfferingView {}

export class StripeSettingsView extends OfferingView {
  @ApiProperty({ type: String, nullable: true }) publishableKey: string | null;
  @ApiProperty({ type: () => SecretStatusView }) secretKey: SecretStatusView;
  @ApiProperty({ type: () => SecretStatusView }) webhookSecret: SecretStatusView;
  @ApiProperty({ enum: ['automatic', 'manual'] }) captureMethod: 'automatic' | 'manual';
  @ApiProperty({ type: String, nullable: true }) apiBaseUrl: string | null;
}

export class PayPalSettingsView extends OfferingView {
  @ApiProperty({ enum: ['sandbox', 'live'] }) mode: 'sandbox' | 'live';
  @ApiProperty({ type: String, nullable: true }) clientId: string | null;
  @ApiProperty({ type: () => SecretStatusView }) clientSecret: SecretStatusView;
  @ApiProperty({ type: String, nullable: true }) webhookId: string | null;
  @ApiProperty({ type: String, nullable: true }) apiBaseUrl: string | null;
}

export class CashOnDeliverySettingsView extends OfferingView {
  @ApiProperty({ type: () => MoneyView, nullable: true }) maxAmount: MoneyView | null;
}

/** The payment set-up without its secrets. */
export class PaymentSettingsView {
  @ApiProperty({ type: () => SandboxSettingsView }) sandbox: SandboxSettingsView;
  @ApiProperty({ type: () => StripeSettingsView }) stripe: StripeSettingsView;
  @ApiProperty({ type: () => PayPalSettingsView }) paypal: PayPalSettingsView;
  @ApiProperty({ type: () => CashOnDeliverySettingsView }) cashOnDelivery: CashOnDeliverySettingsView;
}

export function secretStatus(sealed: SealedSecret | null, readable: boolean): SecretStatusView {
  return sealed && readable ? { configured: true, last4: sealed.last4 } : { configured: false, last4: null };
}
