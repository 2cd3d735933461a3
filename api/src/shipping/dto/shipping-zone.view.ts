import { ApiProperty } from '@nestjs/swagger';
import type { ShippingZone } from '../entities/shipping-zone.entity';

export class ShippingZoneView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Netherlands' }) name: string;
  @ApiProperty({ type: [String], example: ['NL'] }) countries: string[];
  @ApiProperty({ type: [String], example: ['NL-NH'] }) regions: string[];
  @ApiProperty({ type: [String], example: ['1000-1099'] }) postcodePatterns: string[];
  @ApiProperty() position: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toShippingZoneView(zone: ShippingZone): ShippingZoneView {
  return {
    id: zone.id,
    name: zone.name,
    countries: zone.countries,
    regions: zone.regions,
    postcodePatterns: zone.postcodePatterns,
    position: zone.position,
    createdAt: zone.createdAt.toISOString(),
    updatedAt: zone.updatedAt.toISOString(),
  };
}
