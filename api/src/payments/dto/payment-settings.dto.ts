import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';

const COUNTRY = /^[A-Z]{2}$/;
const countriesDoc = {
  type: [String] as [StringConstructor],
  example: ['NL', 'BE'],
  description: 'ISO 3166-1 alpha-2 codes where it is offered; empty means everywhere',
};
const secretDoc = (what: string) => ({
  type: String,
  nullable: true,
  writeOnly: true,
  description: `${what}. Write-only: leave it out to keep the stored one, send null to remove it`,
});

class OfferingDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiProperty(countriesDoc)
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(COUNTRY, { each: true, message: 'each value must be an ISO 3166-1 alpha-2 code such as NL' })
  countries: string[];
}

export class SandboxSettingsDto extends OfferingDto {}

export class StripeSettingsDto extends OfferingDto {
  @ApiProperty({ type: String, nullable: true, example: 'pk_test_51H...', description: 'Public: the storefront loads Stripe.js with it' })
  @ValidateIf((o: StripeSettingsDto) => o.publishableKey !== null)
  @IsString()
  @MaxLength(255)
  publishableKey: string | null;

  @ApiPropertyOptional(secretDoc('The secret API key (sk_... or a restricted rk_...)'))
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(255)
  secretKey?: string | null;

  @ApiPropertyOptional(secretDoc("The webhook endpoint's signing secret (whsec_...)"))
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(255)
  webhookSecret?: string | null;

  @ApiProperty({
    enum: ['automatic', 'manual'],
    description: 'automatic: charged when the shopper pays; manual: authorised at checkout, captured later (within 7 days)',
  })
  @IsIn(['automatic', 'manual'])
  captureMethod: 'automatic' | 'manual';

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "Tests only: another address for Stripe's API; left out keeps the stored one, null removes it; changing it needs secretKey sent again",
  })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  apiBaseUrl?: string | null;
}

export class PayPalSettingsDto extends OfferingDto {
  @ApiProperty({ enum: ['sandbox', 'live'] })
  @IsIn(['sandbox', 'live'])
  mode: 'sandbox' | 'live';

  @ApiProperty({ type: String, nullable: true, description: 'Public: the storefront loads the PayPal buttons with it' })
  @ValidateIf((o: PayPalSettingsDto) => o.clientId !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  clientId: string | null;

  @ApiPropertyOptional(secretDoc('The REST app secret'))
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(255)
  clientSecret?: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The webhook's id in the PayPal app, used to verify its deliveries" })
  @ValidateIf((o: PayPalSettingsDto) => o.webhookId !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  webhookId: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "Tests only: another address for PayPal's API; left out keeps the stored one, null removes it; changing it needs clientSecret sent again",
  })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  apiBaseUrl?: string | null;
}

export class CashOnDeliverySettingsDto extends OfferingDto {
  @ApiProperty({
    type: () => MoneyView,
    nullable: true,
    description: 'Not offered above this order total (nor in another currency); null: no limit',
  })
  @ValidateIf((o: CashOnDeliverySettingsDto) => o.maxAmount !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  maxAmount: MoneyView | null;
}

/** The whole payment set-up: what is sent replaces what was there, except secrets left out (kept). */
export class UpdatePaymentSettingsDto {
  @ApiProperty({ type: () => SandboxSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SandboxSettingsDto)
  sandbox: SandboxSettingsDto;

  @ApiProperty({ type: () => StripeSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => StripeSettingsDto)
  stripe: StripeSettingsDto;

  @ApiProperty({ type: () => PayPalSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PayPalSettingsDto)
  paypal: PayPalSettingsDto;

  @ApiProperty({ type: () => CashOnDeliverySettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CashOnDeliverySettingsDto)
  cashOnDelivery: CashOnDeliverySettingsDto;
}
