import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SAVED_CARD_PROVIDERS, type SavedCardProviderId, type SavedMethodRecord } from '../saved-methods/saved-method.repository';

const providerDoc = { enum: SAVED_CARD_PROVIDERS, enumName: 'SavedCardProviderId' };

export class StartPaymentMethodSetupDto {
  @ApiPropertyOptional({ ...providerDoc, description: 'Which provider keeps the card; by default Stripe when it is on, else the sandbox' })
  @IsOptional()
  @IsIn(SAVED_CARD_PROVIDERS)
  provider?: SavedCardProviderId;
}

/** What the storefront needs to collect and confirm a card with the provider (Stripe.js confirmSetup, or the sandbox's confirm route). */
export class PaymentMethodSetupView {
  @ApiProperty(providerDoc) provider: SavedCardProviderId;
  @ApiProperty({ example: 'seti_1Nq...' }) setupReference: string;
  @ApiProperty({ description: 'Confirms this setup only; give it to Stripe.js (or the sandbox), never store it' }) clientSecret: string;
  @ApiProperty({ type: String, nullable: true, description: 'Stripe: the publishable key for Stripe.js' }) publishableKey: string | null;
}

export class SavePaymentMethodDto {
  @ApiProperty(providerDoc)
  @IsIn(SAVED_CARD_PROVIDERS)
  provider: SavedCardProviderId;

  @ApiProperty({ example: 'pm_1Nq...', description: "The confirmed method's id at the provider; its details are read from the provider" })
  @Matches(/^[A-Za-z0-9_]{3,255}$/, { message: 'must be a provider payment method id' })
  providerMethodId: string;
}

export class SavedPaymentMethodView {
  @ApiProperty({ format: 'uuid', description: 'Send it as the saved card at checkout' }) id: string;
  @ApiProperty(providerDoc) provider: SavedCardProviderId;
  @ApiProperty({ example: 'visa' }) brand: string;
  @ApiProperty({ example: '4242' }) last4: string;
  @ApiProperty({ example: 12 }) expMonth: number;
  @ApiProperty({ example: 2029 }) expYear: number;
  @ApiProperty({ description: 'The card offered first; one at most' }) isDefault: boolean;
  @ApiProperty() createdAt: Date;
}

export class SavedPaymentMethodsView {
  @ApiProperty({ type: () => [SavedPaymentMethodView], description: 'Newest first; a customer keeps at most 20' })
  items: SavedPaymentMethodView[];
}

export function toSavedPaymentMethodView(record: SavedMethodRecord): SavedPaymentMethodView {
  return {
    id: record.id,
    provider: record.provider,
    brand: record.brand,
    last4: record.last4,
    expMonth: record.expMonth,
    expYear: record.expYear,
    isDefault: record.isDefault,
    createdAt: record.createdAt,
  };
}
