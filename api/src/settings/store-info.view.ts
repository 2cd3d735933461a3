import { ApiProperty } from '@nestjs/swagger';

/** What a storefront needs to present the store before anything else loads. */
export class StoreInfoView {
  @ApiProperty({ example: 'Tillpoint Demo Store' }) name: string;
  @ApiProperty({ example: 'EUR', description: 'The default currency of prices (ISO 4217)' }) currency: string;
  @ApiProperty({
    example: 'NL',
    description: "The store's home country (ISO 3166-1 alpha-2): where delivery estimates are for until a shopper says otherwise",
  })
  country: string;
  @ApiProperty({ example: '#0f766e', description: 'The brand colour' }) colour: string;
  @ApiProperty({ example: 'http://localhost:4321' }) storefrontUrl: string;
}
