import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** The whole tax settings group: what is sent replaces what was there. */
export class UpdateTaxSettingsDto {
  @ApiProperty({
    example: true,
    description:
      'Prices are entered with tax in them (the EU way): tax is taken out and the shopper pays the price shown. False: tax is added at checkout (the US way).',
  })
  @IsBoolean()
  pricesIncludeTax: boolean;
}

export class TaxSettingsView {
  @ApiProperty({ example: true }) pricesIncludeTax: boolean;
}
