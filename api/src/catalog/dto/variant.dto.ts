import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class VariantPriceDto {
  @ApiProperty({ example: 4990, description: 'Integer minor units' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amount: number;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiPropertyOptional({ type: Number, example: 5990, nullable: true, description: 'A reference price shown struck through ("was")' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  compareAtAmount?: number | null;
}

export class DimensionsDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) lengthMm: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) widthMm: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) heightMm: number;
}

export class CreateVariantDto {
  @ApiProperty({ example: 'MER-CREW-NVY-M', maxLength: 64 })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { message: 'must be 1-64 letters, digits, dots, dashes, slashes or underscores' })
  sku: string;

  @ApiPropertyOptional({ type: String, example: '4006381333931', nullable: true, maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  barcode?: string | null;

  @ApiPropertyOptional({
    example: { Size: 'M', Colour: 'Navy' },
    description: "A value for each of the product's options",
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  options?: Record<string, string>;

  @ApiPropertyOptional({ type: [VariantPriceDto], description: 'One price per currency' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VariantPriceDto)
  prices?: VariantPriceDto[];

  @ApiPropertyOptional({ type: Number, minimum: 0, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  weightGrams?: number | null;

  @ApiPropertyOptional({ type: DimensionsDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DimensionsDto)
  dimensions?: DimensionsDto | null;

  @ApiPropertyOptional({ default: true, description: 'Count stock for it; when off it is always available' })
  @IsOptional()
  @IsBoolean()
  trackInventory?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Keep selling when out of stock' })
  @IsOptional()
  @IsBoolean()
  allowBackorder?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When backordered stock is expected' })
  @IsOptional()
  @IsDateString({ strict: true })
  backorderExpectedAt?: string | null;

  @ApiPropertyOptional({ default: 5, minimum: 0, description: 'At or below this, shoppers see "only N left"' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  lowStockThreshold?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

export class UpdateVariantDto extends PartialType(CreateVariantDto) {}

export class ProductOptionDto {
  @ApiProperty({ example: 'Size', maxLength: 40 })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name: string;

  @ApiProperty({ example: ['S', 'M', 'L'], type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  values: string[];
}
