import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page';

export class CreateTaxRateDto {
  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2 country code, uppercase' })
  @IsString()
  @MaxLength(2)
  country: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'US-NY',
    maxLength: 100,
    description:
      'An ISO 3166-2 code (US-NY) or a region name of your own; null or absent for the whole country. A region rate wins over the country rate.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiProperty({ example: 'BTW hoog', maxLength: 100, description: 'Shown to staff and on invoices' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 21, minimum: 0, maximum: 100, description: 'Percent, up to four decimals (8.875)' })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent: number;

  @ApiPropertyOptional({
    enum: ['inclusive', 'exclusive'],
    description:
      'How shoppers there expect prices: with tax in them, or before tax with tax as a line. Defaults to exclusive in the US and Canada, inclusive elsewhere.',
  })
  @IsOptional()
  @IsIn(['inclusive', 'exclusive'])
  display?: 'inclusive' | 'exclusive';

  @ApiPropertyOptional({ default: true, description: 'Whether shipping is taxed at this rate too' })
  @IsOptional()
  @IsBoolean()
  taxShipping?: boolean;
}

/** Only the fields sent change; the rate is checked as a whole afterwards. */
export class UpdateTaxRateDto extends PartialType(CreateTaxRateDto) {}

export class ListTaxRatesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'US', description: 'Only the rates of this country' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' })
  country?: string;
}
