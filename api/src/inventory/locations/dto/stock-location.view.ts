import { ApiProperty } from '@nestjs/swagger';
import type { StockLocation } from '../stock-location.entity';

export class StockLocationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'WH-NL' }) code: string;
  @ApiProperty({ example: 'Warehouse Amsterdam' }) name: string;
  @ApiProperty({ example: 'NL' }) country: string;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty() city: string;
  @ApiProperty() postcode: string;
  @ApiProperty() addressLine: string;
  @ApiProperty() pickupEnabled: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toStockLocationView(location: StockLocation): StockLocationView {
  return {
    id: location.id,
    code: location.code,
    name: location.name,
    country: location.country,
    region: location.region,
    city: location.city,
    postcode: location.postcode,
    addressLine: location.addressLine,
    pickupEnabled: location.pickupEnabled,
    active: location.active,
    createdAt: location.createdAt.toISOString(),
    updatedAt: location.updatedAt.toISOString(),
  };
}
