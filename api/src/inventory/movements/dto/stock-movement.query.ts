import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../platform/pagination/page';
import { MOVEMENT_KINDS, type MovementKind } from '../../ledger/stock-movement';

export class StockMovementQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  variantId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @ApiPropertyOptional({ enum: MOVEMENT_KINDS, enumName: 'StockMovementKind' })
  @IsOptional()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind;
}
