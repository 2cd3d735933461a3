import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO31661Alpha2, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

/** Optional, but never null: the column behind it has no null (region is the one that may be cleared). */
const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export const LOCATION_CODE = /^[A-Z0-9-]{2,20}$/;

export class CreateStockLocationDto {
  @ApiProperty({
    example: 'WH-NL',
    pattern: LOCATION_CODE.source,
    description: 'Short unique code: 2-20 upper-case letters, digits or hyphens',
  })
  @IsString()
  @Matches(LOCATION_CODE, { message: 'must be 2-20 upper-case letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Warehouse Amsterdam', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2 country code' })
  @IsISO31661Alpha2()
  country: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Noord-Holland', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ example: 'Amsterdam', maxLength: 100 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: '1011 AB', maxLength: 20 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20)
  postcode?: string;

  @ApiPropertyOptional({ example: 'Damrak 1', maxLength: 200 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  addressLine?: string;

  @ApiPropertyOptional({ default: false, description: 'Shoppers may collect orders here' })
  @OptionalNotNull()
  @IsBoolean()
  pickupEnabled?: boolean;
}

export class UpdateStockLocationDto {
  @ApiPropertyOptional({ example: 'WH-NL', pattern: LOCATION_CODE.source })
  @OptionalNotNull()
  @IsString()
  @Matches(LOCATION_CODE, { message: 'must be 2-20 upper-case letters, digits or hyphens' })
  code?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: 'NL' })
  @OptionalNotNull()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ maxLength: 100 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ maxLength: 20 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20)
  postcode?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  addressLine?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  pickupEnabled?: boolean;

  @ApiPropertyOptional({ description: 'An inactive location keeps its stock and history but counts for no shopper' })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}
