import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';

/** Amounts as the destination expects them printed: with tax (inclusive) or before tax with a tax line (exclusive). */
export class ShownTotalsView {
  @ApiProperty({ type: MoneyView }) subtotal: MoneyView;
  @ApiProperty({ type: MoneyView }) discount: MoneyView;
  @ApiProperty({ type: MoneyView }) shipping: MoneyView;
  @ApiProperty({ type: MoneyView }) shippingDiscount: MoneyView;
  @ApiProperty({
    type: MoneyView,
    description: 'Inclusive: the tax the total holds ("includes €x VAT"). Exclusive: added to reach the total.',
  })
  tax: MoneyView;
  @ApiProperty({ type: MoneyView }) total: MoneyView;
}

export class CartTotalsView {
  @ApiProperty({ type: MoneyView, description: 'The lines at their current prices, as entered' }) subtotal: MoneyView;
  @ApiProperty({ type: MoneyView }) discountTotal: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'Zero until a shipping method is chosen' }) shipping: MoneyView;
  @ApiProperty({ type: MoneyView }) shippingDiscount: MoneyView;
  @ApiProperty({ type: MoneyView }) taxTotal: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'What the shopper pays' }) total: MoneyView;
  @ApiProperty({ description: 'Prices hold the tax (true) or it is added on top (false)' }) taxIncludedInPrices: boolean;
  @ApiProperty({ enum: ['inclusive', 'exclusive'] }) display: 'inclusive' | 'exclusive';
  @ApiProperty({ type: String, nullable: true, example: 'NL VAT 21%' }) taxName: string | null;
  @ApiProperty({ type: ShownTotalsView }) shown: ShownTotalsView;
}

export class CartDiscountView {
  @ApiProperty({ example: 'WELCOME10' }) code: string;
  @ApiProperty({ description: 'False when the code no longer applies (expired, used up, minimum not reached)' }) applies: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Spend €50.00 to use WELCOME10.' }) detail: string | null;
  @ApiProperty({ type: MoneyView, description: 'What it takes off (lines, or shipping for free shipping)' }) amount: MoneyView;
}
