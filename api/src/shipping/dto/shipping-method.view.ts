import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import type { ShippingMethod } from '../entities/shipping-method.entity';
import { RATE_TYPES, type RateType, SHIPPING_METHOD_KINDS, type ShippingMethodKind } from '../rate-quote';

export class WeightRateView {
  @ApiProperty({ example: 2000 }) upToGrams: number;
  @ApiProperty({ type: () => MoneyView }) amount: MoneyView;
}

export class ShippingMethodView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ example: 'PostNL standard' }) name: string;
  @ApiProperty({ enum: SHIPPING_METHOD_KINDS, enumName: 'ShippingMethodKind' }) kind: ShippingMethodKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) pickupLocationId: string | null;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ enum: RATE_TYPES, enumName: 'ShippingRateType' }) rateType: RateType;
  @ApiProperty({ type: () => MoneyView, nullable: true }) flatAmount: MoneyView | null;
  @ApiProperty({ type: () => [WeightRateView] }) weightRates: WeightRateView[];
  @ApiProperty({ type: () => MoneyView, nullable: true }) freeOverAmount: MoneyView | null;
  @ApiProperty() handlingDays: number;
  @ApiProperty() transitDaysMin: number;
  @ApiProperty() transitDaysMax: number;
  @ApiProperty({ example: '14:00' }) cutoffTime: string;
  @ApiProperty() active: boolean;
  @ApiProperty() position: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toShippingMethodView(method: ShippingMethod): ShippingMethodView {
  const inCurrency = (amount: number | null) => (amount === null ? null : { amount, currency: method.currency });
  return {
    id: method.id,
    zoneId: method.zoneId,
    name: method.name,
    kind: method.kind,
    pickupLocationId: method.pickupLocationId,
    currency: method.currency,
    rateType: method.rateType,
    flatAmount: inCurrency(method.flatAmount),
    weightRates: method.weightRates.map((rate) => ({
      upToGrams: rate.upToGrams,
      amount: { amount: rate.amountMinor, currency: method.currency },
    })),
    freeOverAmount: inCurrency(method.freeOverAmount),
    handlingDays: method.handlingDays,
    transitDaysMin: method.transitDaysMin,
    transitDaysMax: method.transitDaysMax,
    cutoffTime: method.cutoffTime.slice(0, 5),
    active: method.active,
    position: method.position,
    createdAt: method.createdAt.toISOString(),
    updatedAt: method.updatedAt.toISOString(),
  };
}
