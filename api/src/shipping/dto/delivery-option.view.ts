import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import { SHIPPING_METHOD_KINDS, type ShippingMethodKind } from '../rate-quote';

/** Dates in the store's time zone. */
export class DeliveryEstimateView {
  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'Earliest delivery (or pickup) date' }) earliest: string;
  @ApiProperty({ format: 'date', example: '2026-12-03', description: 'Latest delivery (or pickup) date' }) latest: string;
}

export class PickupLocationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Amsterdam Centraal store' }) name: string;
  @ApiProperty({ example: 'Amsterdam' }) city: string;
}

/** One way to get an item or a cart to the shopper, priced, with its delivery dates. */
export class DeliveryOptionView {
  @ApiProperty({ format: 'uuid' }) methodId: string;
  @ApiProperty({ example: 'PostNL standard' }) name: string;
  @ApiProperty({ enum: SHIPPING_METHOD_KINDS, enumName: 'ShippingMethodKind' }) kind: ShippingMethodKind;
  @ApiProperty({ type: () => MoneyView, description: 'What shipping costs; an amount of 0 when free' }) price: MoneyView;
  @ApiProperty({ type: () => MoneyView, nullable: true, description: 'Free from this subtotal on (to show "free over €50")' })
  freeOver: MoneyView | null;
  @ApiProperty({ type: () => DeliveryEstimateView }) estimate: DeliveryEstimateView;
  @ApiProperty({ type: () => PickupLocationView, nullable: true, description: 'Where to collect it; only for pickup' })
  pickupLocation: PickupLocationView | null;
}
