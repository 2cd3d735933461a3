import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import type { PriceList } from '../price-list.entity';

export class SaleDiscountView {
  @ApiProperty({ enum: ['percentage', 'fixed'] }) type: 'percentage' | 'fixed';
  @ApiProperty({ type: Number, nullable: true, example: 20 }) percent: number | null;
  @ApiProperty({ type: MoneyView, nullable: true }) amount: MoneyView | null;
}

export type SaleState = 'draft' | 'scheduled' | 'running' | 'ended';

export class PriceListView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['draft', 'active'] }) status: 'draft' | 'active';
  @ApiProperty({ enum: ['draft', 'scheduled', 'running', 'ended'], description: 'Where the sale stands now' }) state: SaleState;
  @ApiProperty({ type: SaleDiscountView }) discount: SaleDiscountView;
  @ApiProperty({ enum: ['all', 'categories', 'collections', 'products'] }) appliesTo: 'all' | 'categories' | 'collections' | 'products';
  @ApiProperty({ type: [String] }) targetIds: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function saleState(list: Pick<PriceList, 'status' | 'startsAt' | 'endsAt'>, now = new Date()): SaleState {
  if (list.status === 'draft') return 'draft';
  if (list.endsAt && list.endsAt <= now) return 'ended';
  if (list.startsAt && list.startsAt > now) return 'scheduled';
  return 'running';
}

export function toPriceListView(list: PriceList, targetIds: string[]): PriceListView {
  return {
    id: list.id,
    name: list.name,
    status: list.status,
    state: saleState(list),
    discount: {
      type: list.discountType,
      percent: list.percentageBp === null ? null : list.percentageBp / 100,
      amount: list.fixedAmount === null || !list.fixedCurrency ? null : { amount: list.fixedAmount, currency: list.fixedCurrency.trim() },
    },
    appliesTo: list.appliesTo,
    targetIds,
    startsAt: list.startsAt?.toISOString() ?? null,
    endsAt: list.endsAt?.toISOString() ?? null,
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
  };
}
