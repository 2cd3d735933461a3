import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import { PostalAddressDto } from '../../shipping/dto/postal-address.dto';
import { DeliveryEstimateView } from '../../shipping/dto/delivery-option.view';

export class OrderLineView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) variantId: string | null;
  @ApiProperty({ example: 'KNIT-001-M' }) sku: string;
  @ApiProperty({ example: 'Merino Crew Sweater' }) title: string;
  @ApiProperty({ example: 'M / Navy' }) variantTitle: string;
  @ApiProperty({ example: 2 }) quantity: number;
  @ApiProperty({ type: MoneyView }) unitPrice: MoneyView;
  @ApiProperty({ type: MoneyView }) discount: MoneyView;
  @ApiProperty({ type: MoneyView }) tax: MoneyView;
  @ApiProperty({ type: MoneyView }) total: MoneyView;
}

export class OrderShippingMethodView {
  @ApiProperty({ type: String, format: 'uuid' }) methodId: string;
  @ApiProperty({ example: 'PostNL standard' }) name: string;
  @ApiProperty({ example: 'standard' }) kind: string;
  @ApiProperty({ type: MoneyView }) price: MoneyView;
  @ApiProperty({ type: DeliveryEstimateView, nullable: true }) estimate: DeliveryEstimateView | null;
}

export class OrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1001 }) number: number;
  @ApiProperty({ enum: ['placed', 'cancelled', 'completed'] }) status: string;
  @ApiProperty({ enum: ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded'] }) paymentStatus: string;
  @ApiProperty({ example: 'unfulfilled' }) fulfilmentStatus: string;
  @ApiProperty({ example: 'sandbox' }) paymentProvider: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ type: [OrderLineView] }) lines: OrderLineView[];
  @ApiProperty({ type: MoneyView }) subtotal: MoneyView;
  @ApiProperty({ type: MoneyView }) discountTotal: MoneyView;
  @ApiProperty({ type: MoneyView }) shippingTotal: MoneyView;
  @ApiProperty({ type: MoneyView }) taxTotal: MoneyView;
  @ApiProperty({ type: MoneyView }) total: MoneyView;
  @ApiProperty() taxesIncluded: boolean;
  @ApiProperty({ type: String, nullable: true }) discountCode: string | null;
  @ApiProperty({ type: PostalAddressDto }) shippingAddress: PostalAddressDto;
  @ApiProperty({ type: PostalAddressDto }) billingAddress: PostalAddressDto;
  @ApiProperty({ type: OrderShippingMethodView }) shippingMethod: OrderShippingMethodView;
  @ApiProperty({ format: 'date-time' }) placedAt: string;
}

export class OrderSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1001 }) number: number;
  @ApiProperty({ enum: ['placed', 'cancelled', 'completed'] }) status: string;
  @ApiProperty({ enum: ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded'] }) paymentStatus: string;
  @ApiProperty({ example: 'unfulfilled' }) fulfilmentStatus: string;
  @ApiProperty({ example: 3 }) itemCount: number;
  @ApiProperty({ type: MoneyView }) total: MoneyView;
  @ApiProperty({ format: 'date-time' }) placedAt: string;
}
