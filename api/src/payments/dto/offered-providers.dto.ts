import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { PROVIDER_IDS, type ProviderId } from '../payment-provider';

export class OfferedProvidersQuery {
  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2 code of the billing or delivery country' })
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as NL' })
  country: string;

  @ApiProperty({ example: 4995, description: 'The order total in minor units' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code of the order total' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  currency: string;
}

/** One way to pay, with only the public values the storefront needs to show it. */
export class OfferedProviderView {
  @ApiProperty({ enum: PROVIDER_IDS, enumName: 'PaymentProviderId' }) id: ProviderId;
  @ApiProperty({ type: String, nullable: true, description: 'Stripe: the publishable key for Stripe.js' }) publishableKey: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'PayPal: the client id for the PayPal JS SDK' }) clientId: string | null;
  @ApiProperty({ description: 'Whether a signed-in shopper can keep the card for next time' }) savesCards: boolean;
  @ApiProperty({ type: [String], description: 'Sandbox: the test tokens to send as methodToken' }) testTokens: string[];
}

export class OfferedProvidersView {
  @ApiProperty({ type: () => [OfferedProviderView], description: "In the store's order" }) providers: OfferedProviderView[];
}
