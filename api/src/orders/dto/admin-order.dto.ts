import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page';
import { OrderSummaryView, OrderView } from './order.view';

const STATUSES = ['placed', 'cancelled', 'completed'] as const;
const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded'] as const;

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

  @ApiPropertyOptional({ example: 'unfulfilled' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  fulfilmentStatus?: string;

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
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class AdminOrderView extends OrderView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId: string | null;
  @ApiProperty({ type: [String], description: 'Payment records of the order (GET /admin/payments/{id})' }) paymentIds: string[];
  @ApiProperty({ type: [OrderEventView], description: 'What happened to the order, oldest first, with who did it' })
  timeline: OrderEventView[];
}
