import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { ADJUSTMENT_REASONS, type AdjustmentReason } from '../stock-adjustment';

/** Far above any real shelf, far below what a level (a 32-bit integer) can hold. */
export const MAX_STOCK_QUANTITY = 100_000_000;

export class CreateStockAdjustmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  variantId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  locationId: string;

  @ApiPropertyOptional({
    type: Number,
    example: -2,
    minimum: -MAX_STOCK_QUANTITY,
    maximum: MAX_STOCK_QUANTITY,
    description: 'The change to on hand, not zero. Send this or countedQuantity.',
  })
  @IsOptional()
  @IsInt()
  @NotEquals(0, { message: 'must not be zero' })
  @Min(-MAX_STOCK_QUANTITY)
  @Max(MAX_STOCK_QUANTITY)
  quantity?: number | null;

  @ApiPropertyOptional({
    type: Number,
    example: 12,
    minimum: 0,
    maximum: MAX_STOCK_QUANTITY,
    description: 'A cycle count: on hand becomes this; the change is worked out under the level’s lock. Send this or quantity.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK_QUANTITY)
  countedQuantity?: number | null;

  @ApiProperty({
    enum: ADJUSTMENT_REASONS,
    enumName: 'StockAdjustmentReason',
    description: 'received and returned must be positive quantities and are recorded as those movement kinds; the rest as adjusted',
  })
  @IsIn(ADJUSTMENT_REASONS)
  reason: AdjustmentReason;

  @ApiPropertyOptional({ maxLength: 500, example: 'Water damage in aisle 4' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
