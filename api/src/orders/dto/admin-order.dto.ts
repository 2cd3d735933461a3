import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page';
import { MoneyView } from '../../platform/money/money.view';
import { FULFILMENT_STATUSES, ORDER_STATUSES as STATUSES, OrderSummaryView, OrderView, PAYMENT_STATUSES } from './order.view';

/** Filters of the staff order list; every one is backed by an index. */
export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  paymentStatus?: (typeof PAYMENT_STATUSES)[number];

  @ApiPropertyOptional({ enum: FULFILMENT_STATUSES })
  @IsOptional()
  @IsIn(FULFILMENT_STATUSES)
  fulfilmentStatus?: (typeof FULFILMENT_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  customerId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Placed at or after' })
  @IsOptional()
  @IsDateString()
  placedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Placed before' })
  @IsOptional()
  @IsDateString()
  placedTo?: string;

  @ApiPropertyOptional({ description: 'Total at least, minor units' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  totalMin?: number;

  @ApiPropertyOptional({ description: 'Total at most, minor units' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  totalMax?: number;

  @ApiPropertyOptional({ description: 'An order number, the start of an email address, or part of the customer’s name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class AdminOrderSummaryView extends OrderSummaryView {
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ example: 'Anna de Vries' }) customerName: string;
}

export class OrderEventView {
  @ApiProperty({ example: 'placed' }) kind: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ enum: ['customer', 'staff', 'api_key', 'system'] }) actorType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Sam Jansen', description: 'The staff member, key or customer, by name' })
  actorName: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export const ORDER_ACTIONS = ['fulfil', 'ship', 'deliver', 'complete', 'cancel', 'refund', 'return', 'change_address'] as const;

export class OrderRefundView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MoneyView }) amount: MoneyView;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) state: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) returnId: string | null;
  @ApiProperty({ type: String, nullable: true }) failureMessage: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ReturnLineView {
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ example: 1 }) quantity: number;
  @ApiProperty({ example: 1, description: 'Units put back for sale on receipt' }) restocked: number;
  @ApiProperty({ example: 0, description: 'Units written off as damaged on receipt' }) damaged: number;
}

export class OrderReturnView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['requested', 'approved', 'received', 'rejected'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) locationId: string | null;
  @ApiProperty({ type: [ReturnLineView] }) lines: ReturnLineView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt: string | null;
}

export class AdminOrderView extends OrderView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId: string | null;
  @ApiProperty({ type: [String], description: 'Payment records of the order (GET /admin/payments/{id})' }) paymentIds: string[];
  @ApiProperty({ type: [OrderEventView], description: 'What happened to the order, oldest first, with who did it' })
  override timeline: OrderEventView[];
  @ApiProperty({ enum: ORDER_ACTIONS, enumName: 'OrderAction', isArray: true, description: 'What staff may do next' })
  allowedActions: (typeof ORDER_ACTIONS)[number][];
  @ApiProperty({
    type: [String],
    description: 'Stock locations holding the order’s booked sale, most units first: where parcels are expected to leave from',
  })
  stockLocationIds: string[];
  @ApiProperty({ type: MoneyView }) paidAmount: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'Given back or being given back' }) refundedAmount: MoneyView;
  @ApiProperty({ type: MoneyView }) refundableAmount: MoneyView;
  @ApiProperty({ type: [OrderRefundView] }) refunds: OrderRefundView[];
  @ApiProperty({ type: [OrderReturnView] }) returns: OrderReturnView[];
}
