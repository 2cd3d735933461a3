import { ApiProperty } from '@nestjs/swagger';
import type { TaxDisplay } from '../../checkout/totals/cart-totals';
import type { TaxRate } from '../entities/tax-rate.entity';
import { ppmToPercent } from '../tax-rate-rules';

export class TaxRateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'US' }) country: string;
  @ApiProperty({ type: String, nullable: true, example: 'US-NY' }) region: string | null;
  @ApiProperty({ example: 'New York City sales tax' }) name: string;
  @ApiProperty({ example: 8.875 }) percent: number;
  @ApiProperty({ example: 88750, description: 'The same rate, exactly: parts per million' }) ratePpm: number;
  @ApiProperty({ enum: ['inclusive', 'exclusive'] }) display: TaxDisplay;
  @ApiProperty() taxShipping: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toTaxRateView(rate: TaxRate): TaxRateView {
  return {
    id: rate.id,
    country: rate.country,
    region: rate.region,
    name: rate.name,
    percent: ppmToPercent(rate.ratePpm),
    ratePpm: rate.ratePpm,
    display: rate.display,
    taxShipping: rate.taxShipping,
    createdAt: rate.createdAt.toISOString(),
    updatedAt: rate.updatedAt.toISOString(),
  };
}
