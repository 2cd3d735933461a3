import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches } from 'class-validator';
import type { Money } from './money';

/** `{ amount, currency }`: an integer in minor units and an ISO 4217 code, in requests and responses. */
export class MoneyView implements Money {
  @ApiProperty({ example: 1999, description: 'Integer amount in the minor unit of the currency (cents)' })
  @IsInt()
  amount: number;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  currency: string;
}
