import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A phone number as people write it: digits with an optional +, spaces, brackets, dots, slashes or dashes. */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]{6,30}$/;

/** A postal address as a shopper types it. `postalAddressProblems` checks what class-validator cannot (country, postcode). */
export class PostalAddressDto {
  @ApiProperty({ example: 'Anna', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'de Vries', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @ApiPropertyOptional({ example: 'Tillpoint BV', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  company?: string;

  @ApiProperty({ example: 'Keizersgracht 123', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  line1: string;

  @ApiPropertyOptional({ example: '2nd floor', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string;

  @ApiProperty({ example: 'Amsterdam', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: '1015 CJ', maxLength: 12 })
  @IsString()
  @MinLength(1)
  @MaxLength(12)
  postcode: string;

  @ApiPropertyOptional({
    example: 'NL-NH',
    description: 'ISO 3166-2 subdivision or region name, where the country uses them',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code such as NL' })
  country: string;

  @ApiPropertyOptional({ example: '+31 20 123 4567', maxLength: 30 })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'must be a phone number' })
  phone?: string;
}
