import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_STOCK_QUANTITY } from '../../adjustments/dto/stock-adjustment.dto';

export class CreateStockTransferDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  variantId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  fromLocationId: string;

  @ApiProperty({ format: 'uuid', description: 'Must differ from fromLocationId' })
  @IsUUID()
  toLocationId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_STOCK_QUANTITY, description: 'Units to move; the source must have them available' })
  @IsInt()
  @Min(1)
  @Max(MAX_STOCK_QUANTITY)
  quantity: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
