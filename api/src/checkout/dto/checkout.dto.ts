import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { PROVIDER_IDS, type ProviderId } from '../../payments/payment-provider';

export class CheckoutDto {
  @ApiProperty({ enum: PROVIDER_IDS, enumName: 'PaymentProviderId', description: 'One of the providers offered for this cart' })
  @IsIn(PROVIDER_IDS, { message: `must be one of ${PROVIDER_IDS.join(', ')}` })
  provider: ProviderId;

  @ApiPropertyOptional({
    maxLength: 255,
    description: 'What the storefront collected, provider-specific: a sandbox test token, a Stripe PaymentMethod id. Never card data.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  methodToken?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of the customer’s saved payment methods (GET /store/me/payment-methods)' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  savedMethodId?: string;

  @ApiPropertyOptional({ description: 'Keep the card for next time (signed-in customers)' })
  @IsOptional()
  @IsBoolean()
  saveMethod?: boolean;

  @ApiPropertyOptional({
    example: 'http://localhost:4321/checkout/return',
    description: 'Where an approval step (PayPal, 3-D Secure) sends the shopper back; on the storefront’s own address',
  })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'must be a URL' })
  @MaxLength(500)
  returnUrl?: string;
}
