import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';
import { DeliveryOptionView } from './delivery-option.view';

export class DestinationDto {
  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as NL' })
  country: string;

  @ApiPropertyOptional({ example: 'NL-NH', description: 'ISO 3166-2 code or region name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ example: '1012 AB' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postcode?: string;
}

export class DeliveryPreviewDto {
  @ApiProperty({ type: () => DestinationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DestinationDto)
  destination: DestinationDto;

  @ApiProperty({ example: 1200, minimum: 0, maximum: 100_000_000 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  weightGrams: number;

  @ApiProperty({ type: () => MoneyView, description: 'The order subtotal, for free-over thresholds' })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  subtotal: MoneyView;
}

export class ShippingZoneRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Netherlands' }) name: string;
}

/** What a shopper there would be offered, with every item in stock at every location. */
export class DeliveryPreviewView {
  @ApiProperty({ type: () => ShippingZoneRefView, nullable: true, description: 'The zone that matched; null when none does' })
  zone: ShippingZoneRefView | null;

  @ApiProperty({ type: () => [DeliveryOptionView] })
  options: DeliveryOptionView[];
}
