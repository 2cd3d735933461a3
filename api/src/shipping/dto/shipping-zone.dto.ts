import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const MAX_ZONE_POSITION = 100_000;

export class CreateShippingZoneDto {
  @ApiProperty({ example: 'Netherlands', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [String], example: ['NL'], minItems: 1, description: 'ISO 3166-1 alpha-2 country codes, uppercase' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @IsString({ each: true })
  countries: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['NL-NH'],
    description: 'ISO 3166-2 subdivision codes (NL-NH) or region names; none means the whole of each country',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  regions?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['1000-1099', '75*', 'SW1A 1AA'],
    description:
      'A range of leading digits (1000-1099), a prefix (75*) or an exact postcode (SW1A 1AA); case, spaces and hyphens do not matter. None means every postcode.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  postcodePatterns?: string[];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_ZONE_POSITION,
    default: 0,
    description: 'Lower first; breaks ties between equally specific zones',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_ZONE_POSITION)
  position?: number;
}

/** Only the fields sent change; the zone is checked as a whole afterwards. */
export class UpdateShippingZoneDto extends PartialType(CreateShippingZoneDto) {}
