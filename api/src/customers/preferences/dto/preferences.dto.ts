import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { PROVIDER_IDS, type ProviderId } from '../../../payments/payment-provider';
import { SHIPPING_METHOD_KINDS, type ShippingMethodKind } from '../../../shipping/rate-quote';

/**
 * OpenAPI 3.0 lets a nullable enum take null only when null is one of its values; the SDK generator reads
 * it the same way, so without it the typed client would never send or expect null.
 */
const nullableEnum = (values: readonly string[]) => [...values, null] as unknown as string[];

/** Emails a customer may turn off; the order confirmation and password resets are always sent. */
export class EmailPreferencesDto {
  @ApiProperty({ description: 'Shipped, with tracking' }) @IsBoolean() shipped: boolean;
  @ApiProperty() @IsBoolean() delivered: boolean;
  @ApiProperty({ description: "The store's replies to the customer's messages" }) @IsBoolean() messageReplies: boolean;
}

/** The whole preferences document: what is sent replaces what was there. */
export class PreferencesDto {
  @ApiProperty({ description: 'News and offers by email (off until the customer opts in)' })
  @IsBoolean()
  marketingEmails: boolean;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20, description: 'Categories the storefront shows first' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  favouriteCategoryIds: string[];

  @ApiProperty({ type: String, enum: nullableEnum(SHIPPING_METHOD_KINDS), nullable: true, description: 'Chosen first at checkout' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(SHIPPING_METHOD_KINDS)
  preferredDeliveryKind: ShippingMethodKind | null;

  @ApiProperty({ type: String, enum: nullableEnum(PROVIDER_IDS), nullable: true, description: 'Chosen first at checkout' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(PROVIDER_IDS)
  preferredPaymentProvider: ProviderId | null;

  @ApiProperty({ type: EmailPreferencesDto })
  @ValidateNested()
  @Type(() => EmailPreferencesDto)
  emails: EmailPreferencesDto;
}

export const DEFAULT_PREFERENCES: PreferencesDto = {
  marketingEmails: false,
  favouriteCategoryIds: [],
  preferredDeliveryKind: null,
  preferredPaymentProvider: null,
  emails: { shipped: true, delivered: true, messageReplies: true },
};
