import { ApiProperty } from '@nestjs/swagger';
import type { DiscountKind } from '../../checkout/totals/cart-totals';
import { MoneyView } from '../../platform/money/money.view';
import { codeState, DiscountCodeState } from '../discount-code-rules';
import type { DiscountCode } from '../entities/discount-code.entity';

export class DiscountCodeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'WELCOME10' }) code: string;
  @ApiProperty({ enum: ['percentage', 'fixed', 'free_shipping'] }) kind: DiscountKind;
  @ApiProperty({ type: Number, nullable: true, example: 10 }) percent: number | null;
  @ApiProperty({ type: MoneyView, nullable: true }) amount: MoneyView | null;
  @ApiProperty({ type: MoneyView, nullable: true }) minimumSubtotal: MoneyView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) usageLimit: number | null;
  @ApiProperty({ example: 0 }) usedCount: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ enum: ['inactive', 'scheduled', 'running', 'ended', 'used_up'], description: 'Where the code stands now' })
  state: DiscountCodeState;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export function toDiscountCodeView(code: DiscountCode): DiscountCodeView {
  const currency = code.currency?.trim() ?? null;
  return {
    id: code.id,
    code: code.code,
    kind: code.kind,
    percent: code.kind === 'percentage' ? code.value / 100 : null,
    amount: code.kind === 'fixed' && currency ? { amount: code.value, currency } : null,
    minimumSubtotal: code.minimumSubtotal !== null && currency ? { amount: code.minimumSubtotal, currency } : null,
    startsAt: code.startsAt?.toISOString() ?? null,
    endsAt: code.endsAt?.toISOString() ?? null,
    usageLimit: code.usageLimit,
    usedCount: code.usedCount,
    active: code.active,
    state: codeState(code),
    createdAt: code.createdAt.toISOString(),
    updatedAt: code.updatedAt.toISOString(),
  };
}
