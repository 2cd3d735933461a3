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
  @ApiProperty({ example: 0, description: 'Units packed and sent (or on their way)' }) fulfilledQuantity: number;
  @ApiProperty({ example: 0, description: 'Units received back' }) returnedQuantity: number;
}

export const ORDER_STATUSES = ['awaiting_payment', 'confirmed', 'completed', 'cancelled'] as const;
export const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded'] as const;
export const FULFILMENT_STATUSES = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'shipped', 'delivered'] as const;

export class FulfillmentLineView {
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ example: 1 }) quantity: number;
}

/** A parcel: what was packed, from where, and how to follow it. */
export class FulfillmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) locationId: string;
  @ApiProperty({ example: 'Amsterdam warehouse' }) locationName: string;
  @ApiProperty({ type: String, nullable: true, example: 'PostNL' }) carrier: string | null;
  @ApiProperty({ type: String, nullable: true, example: '3SABCD1234567' }) trackingNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://jouw.postnl.nl/track-and-trace/3SABCD1234567' }) trackingUrl:
    string | null;
  @ApiProperty({ type: [FulfillmentLineView] }) lines: FulfillmentLineView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shippedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
}

/** What happened to the order, as its customer may read it (no staff notes, no staff names). */
export class StoreOrderEventView {
  @ApiProperty({ example: 'shipped' }) kind: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at: string;
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
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' }) status: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'OrderPaymentStatus' }) paymentStatus: string;
  @ApiProperty({ enum: FULFILMENT_STATUSES, enumName: 'OrderFulfilmentStatus' }) fulfilmentStatus: string;
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
  @ApiProperty({ type: [FulfillmentView], description: 'Parcels, oldest first' }) fulfillments: FulfillmentView[];
  @ApiProperty({ type: [StoreOrderEventView], description: 'What happened to the order, oldest first' }) timeline: StoreOrderEventView[];
}

export class OrderSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1001 }) number: number;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' }) status: string;
  @ApiProperty({ enum: PAYMENT_STATUSES, enumName: 'OrderPaymentStatus' }) paymentStatus: string;
  @ApiProperty({ enum: FULFILMENT_STATUSES, enumName: 'OrderFulfilmentStatus' }) fulfilmentStatus: string;
  @ApiProperty({ example: 3 }) itemCount: number;
  @ApiProperty({ type: MoneyView }) total: MoneyView;
  @ApiProperty({ format: 'date-time' }) placedAt: string;
}

/** An order in its customer's history, with the store's messages they have not read yet. */
export class CustomerOrderSummaryView extends OrderSummaryView {
  @ApiProperty({ example: 1, description: 'Messages from the store the customer has not read yet' }) unreadMessages: number;
}
