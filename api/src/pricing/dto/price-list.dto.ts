import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';

export class SaleDiscountDto {
  @ApiProperty({ enum: ['percentage', 'fixed'] })
  @IsIn(['percentage', 'fixed'])
  type: 'percentage' | 'fixed';

  @ApiPropertyOptional({ example: 20, minimum: 0.01, maximum: 100, description: 'Percent off, up to two decimals (type percentage)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ type: MoneyView, description: 'Amount off each item (type fixed); only prices in this currency are reduced' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyView)
  amount?: MoneyView;
}

export class CreatePriceListDto {
  @ApiProperty({ example: 'Winter sale', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ enum: ['draft', 'active'], default: 'draft', description: 'Only active sales change prices (within their dates)' })
  @IsOptional()
  @IsIn(['draft', 'active'])
  status?: 'draft' | 'active';

  @ApiProperty({ type: SaleDiscountDto })
  @ValidateNested()
  @Type(() => SaleDiscountDto)
  discount: SaleDiscountDto;

  @ApiProperty({ enum: ['all', 'categories', 'collections', 'products'] })
  @IsIn(['all', 'categories', 'collections', 'products'])
  appliesTo: 'all' | 'categories' | 'collections' | 'products';

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The categories, collections or products it covers (not for "all")' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  targetIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  startsAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  endsAt?: string | null;
}

export class UpdatePriceListDto extends PartialType(CreatePriceListDto) {}
