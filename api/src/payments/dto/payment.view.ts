import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { money } from '../../platform/money/money';
import { MoneyView } from '../../platform/money/money.view';
import { PROVIDER_IDS, type ProviderId } from '../payment-provider';
import type { PaymentRecord, RefundRecord } from '../payment.repository';
import { PAYMENT_RECORD_STATES, type PaymentRecordState, type Reconciliation } from '../payment-state';

export class PaymentRefundView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "The provider's id of the refund" }) providerReference: string;
  @ApiProperty({ type: () => MoneyView }) amount: MoneyView;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) state: 'pending' | 'succeeded' | 'failed';
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() createdAt: Date;
}

export class PaymentReconciliationView {
  @ApiProperty({ type: () => MoneyView, description: 'Captured − refunded: what the store keeps' }) net: MoneyView;
  @ApiProperty({ description: 'Refunded equals the sum of succeeded refunds and never exceeds captured' }) consistent: boolean;
  @ApiProperty({ type: [String] }) problems: string[];
}

/** A payment as staff see it: what was asked, taken and given back, and whether the books add up. */
export class PaymentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cartId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orderId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId: string | null;
  @ApiProperty({ enum: PROVIDER_IDS, enumName: 'PaymentProviderId' }) provider: ProviderId;
  @ApiProperty({ type: String, nullable: true, description: "The provider's id of the payment" }) providerReference: string | null;
  @ApiProperty({ enum: PAYMENT_RECORD_STATES, enumName: 'PaymentState' }) state: PaymentRecordState;
  @ApiProperty({ type: () => MoneyView }) amount: MoneyView;
  @ApiProperty({ type: () => MoneyView }) captured: MoneyView;
  @ApiProperty({ type: () => MoneyView }) refunded: MoneyView;
  @ApiProperty({ type: String, nullable: true }) failureMessage: string | null;
  @ApiProperty({ type: () => [PaymentRefundView] }) refunds: PaymentRefundView[];
  @ApiProperty({ type: () => PaymentReconciliationView }) reconciliation: PaymentReconciliationView;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class RecordCashCollectionDto {
  @ApiProperty({
    type: () => MoneyView,
    description: 'The cash taken, in the payment currency; several collections may add up to the amount',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  amount: MoneyView;
}

export function toPaymentView(payment: PaymentRecord, refunds: RefundRecord[], reconciliation: Reconciliation): PaymentView {
  const of = (minor: number) => money(minor, payment.currency);
  return {
    id: payment.id,
    cartId: payment.cartId,
    orderId: payment.orderId,
    customerId: payment.customerId,
    provider: payment.provider,
    providerReference: payment.providerReference,
    state: payment.state,
    amount: of(payment.amount),
    captured: of(payment.capturedAmount),
    refunded: of(payment.refundedAmount),
    failureMessage: payment.failureMessage,
    refunds: refunds.map((r) => ({
      id: r.id,
      providerReference: r.providerReference,
      amount: money(r.amount, r.currency),
      state: r.state,
      reason: r.reason,
      createdAt: r.createdAt,
    })),
    reconciliation: { net: of(reconciliation.netMinor), consistent: reconciliation.consistent, problems: reconciliation.problems },
    createdAt: payment.createdAt,
    updatedAt: payment.updatedAt,
  };
}
