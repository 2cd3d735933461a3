import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AvailabilityView } from '../../catalog/dto/store-product.view';
import { MoneyView } from '../../platform/money/money.view';
import { DeliveryOptionView } from '../../shipping/delivery-options.service';
import { PostalAddressDto } from '../../shipping/dto/postal-address.dto';
import { CartDiscountView, CartTotalsView } from './cart-totals.view';

export class CartLineView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) variantId: string;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ example: 'merino-crew-sweater' }) productHandle: string;
  @ApiProperty({ example: 'Merino Crew Sweater' }) title: string;
  @ApiProperty({ example: 'M / Navy' }) variantTitle: string;
  @ApiProperty({ example: 'KNIT-001-M' }) sku: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { Size: 'M' } }) options: Record<string, string>;
  @ApiProperty({ type: String, nullable: true }) thumbnailUrl: string | null;
  @ApiProperty({ example: 2 }) quantity: number;
  @ApiProperty({ type: MoneyView, description: 'What one unit costs now (sales applied)' }) unitPrice: MoneyView;
  @ApiProperty({ type: MoneyView, nullable: true, description: 'The price before a sale, when on sale' }) wasUnitPrice: MoneyView | null;
  @ApiProperty({ type: MoneyView, description: 'What one unit cost when the line was added' }) unitPriceWhenAdded: MoneyView;
  @ApiProperty({ description: 'The price is not what it was when the line was added' }) priceChanged: boolean;
  @ApiProperty({ type: MoneyView, description: 'unitPrice × quantity' }) subtotal: MoneyView;
  @ApiProperty({ type: MoneyView, description: "The line's share of the cart's discount" }) discount: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'The tax in (or on) the line' }) tax: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'What the line costs, discount taken off, tax included' }) total: MoneyView;
  @ApiProperty({ type: AvailabilityView }) availability: AvailabilityView;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the line cannot be bought as it is (sold out, fewer left, no longer sold); checkout refuses while any line has one',
    example: 'Only 2 left.',
  })
  problem: string | null;
}

export class CartView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open', 'checking_out', 'completed', 'merged', 'expired'] }) status: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: [CartLineView] }) lines: CartLineView[];
  @ApiProperty({ example: 3, description: 'Units in the cart, all lines together' }) itemCount: number;
  @ApiProperty({ type: MoneyView, description: 'The same as totals.subtotal' }) subtotal: MoneyView;
  @ApiProperty({ type: CartTotalsView }) totals: CartTotalsView;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ type: PostalAddressDto, nullable: true }) shippingAddress: PostalAddressDto | null;
  @ApiProperty({ type: PostalAddressDto, nullable: true, description: 'Null: the same as the shipping address' })
  billingAddress: PostalAddressDto | null;
  @ApiProperty({
    type: [DeliveryOptionView],
    description: 'How this cart can reach its destination (the shipping address, else the store’s country), priced and dated',
  })
  deliveryOptions: DeliveryOptionView[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The chosen method, while it is on offer' }) shippingMethodId:
    string | null;
  @ApiProperty({ type: CartDiscountView, nullable: true }) discount: CartDiscountView | null;
  @ApiProperty({
    type: [String],
    example: ['email', 'shippingAddress'],
    description:
      'What checkout still needs before payment can start: email, shippingAddress, shippingMethodId, lines, or a line with a problem',
  })
  missing: string[];
  @ApiProperty({ description: 'The cart belongs to a signed-in customer' }) hasCustomer: boolean;
  @ApiProperty({ format: 'date-time', description: 'Untouched until then, the cart expires' }) expiresAt: string;
}

export class CreatedCartView extends CartView {
  @ApiPropertyOptional({
    description:
      "A guest cart's secret, shown once: send it as X-Cart-Token with every request for this cart. Absent for a customer's cart.",
  })
  token?: string;
}
