import { ApiProperty } from '@nestjs/swagger';
import type { StockLevelState } from '../../ledger/stock-movement';

/** The stock of one variant at one location. */
export class StockLevelView {
  @ApiProperty({ format: 'uuid' }) variantId: string;
  @ApiProperty({ example: 'TEE-BLK-M' }) sku: string;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ example: 'Organic tee' }) productTitle: string;
  @ApiProperty({ example: 'Black / M' }) variantTitle: string;
  @ApiProperty({ format: 'uuid' }) locationId: string;
  @ApiProperty({ example: 'Warehouse Amsterdam' }) locationName: string;
  @ApiProperty({ description: 'Units physically at the location' }) onHand: number;
  @ApiProperty({ description: 'Units promised to carts and unfulfilled orders' }) reserved: number;
  @ApiProperty({ description: 'onHand − reserved: what can still be sold' }) available: number;
  @ApiProperty() lowStockThreshold: number;
  @ApiProperty({ description: 'Tracked, and available is at or below the low-stock threshold' }) low: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toStockLevelView(level: StockLevelState): StockLevelView {
  return {
    variantId: level.variantId,
    sku: level.sku,
    productId: level.productId,
    productTitle: level.productTitle,
    variantTitle: level.variantTitle,
    locationId: level.locationId,
    locationName: level.locationName,
    onHand: level.onHand,
    reserved: level.reserved,
    available: level.available,
    lowStockThreshold: level.lowStockThreshold,
    low: isLow(level),
    updatedAt: level.updatedAt.toISOString(),
  };
}

/** Low means "reorder soon": a threshold of 0 flags a tracked level once nothing is left. */
export function isLow(level: Pick<StockLevelState, 'trackInventory' | 'available' | 'lowStockThreshold'>): boolean {
  return level.trackInventory && level.available <= level.lowStockThreshold;
}
