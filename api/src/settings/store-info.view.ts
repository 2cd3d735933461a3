import { ApiProperty } from '@nestjs/swagger';

/** What a storefront needs to present the store before anything else loads. */
export class StoreInfoView {
  @ApiProperty({ example: 'Tillpoint Demo Store' }) name: string;
  @ApiProperty({ example: 'EUR', description: 'The default currency of prices (ISO 4217)' }) currency: string;
  @ApiProperty({ example: '#0f766e', description: 'The brand colour' }) colour: string;
  @ApiProperty({ example: 'http://localhost:4321' }) storefrontUrl: string;
}
