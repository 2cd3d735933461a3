import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CreateVariantDto, ProductOptionDto } from './variant.dto';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;

export class CreateProductDto {
  @ApiProperty({ example: 'Merino crew sweater', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({
    example: 'merino-crew-sweater',
    description: 'URL slug, unique; made from the title when left out',
    maxLength: 80,
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and single dashes' })
  @MaxLength(80)
  handle?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) subtitle?: string;
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @MaxLength(120) vendor?: string;

  @ApiPropertyOptional({ description: 'Markdown; rendered to sanitized HTML for shoppers', maxLength: 20_000 })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, default: 'draft' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: (typeof PRODUCT_STATUSES)[number];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  categoryId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  collectionIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['merino', 'winter'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9 -]{0,39}$/i, { each: true, message: 'each tag must be 1-40 letters, digits, spaces or dashes' })
  tags?: string[];

  @ApiPropertyOptional({ type: String, maxLength: 70, nullable: true }) @IsOptional() @IsString() @MaxLength(70) seoTitle?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 160, nullable: true }) @IsOptional() @IsString() @MaxLength(160) seoDescription?:
    string | null;

  @ApiPropertyOptional({ type: [ProductOptionDto], description: 'Axes the variants differ on, in display order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ProductOptionDto)
  options?: ProductOptionDto[];

  @ApiProperty({ type: [CreateVariantDto], description: 'At least one variant' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CreateVariantDto)
  variants: CreateVariantDto[];
}

export class UpdateProductDto extends PartialType(OmitType(CreateProductDto, ['variants'] as const)) {}

export class BulkProductsDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  productIds: string[];

  @ApiProperty({ enum: ['set_status', 'adjust_prices'] })
  @IsIn(['set_status', 'adjust_prices'])
  action: 'set_status' | 'adjust_prices';

  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, description: 'For set_status' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: (typeof PRODUCT_STATUSES)[number];

  @ApiPropertyOptional({
    example: -10,
    description: 'For adjust_prices: percent change of the base price (-90 to 500), rounded to the cent',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-90)
  @Max(500)
  percent?: number;

  @ApiPropertyOptional({ example: 'EUR', description: 'For adjust_prices: only prices in this currency' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}
