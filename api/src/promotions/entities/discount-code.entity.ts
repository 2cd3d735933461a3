import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DiscountKind } from '../../checkout/totals/cart-totals';
import { minorUnitsTransformer } from '../../platform/money/money.column';

/** A code a shopper types at checkout. Unique without regard to case. */
@Entity('discount_codes')
export class DiscountCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  kind: DiscountKind;

  /** Basis points for a percentage (1000 = 10 %), minor units for a fixed amount, 0 for free shipping. */
  @Column('bigint', { transformer: minorUnitsTransformer })
  value: number;

  /** Of a fixed amount and of the minimum; when set, the code applies only to carts in this currency. */
  @Column('character', { length: 3, nullable: true })
  currency: string | null;

  @Column('bigint', { name: 'minimum_subtotal', nullable: true, transformer: minorUnitsTransformer })
  minimumSubtotal: number | null;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt: Date | null;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt: Date | null;

  @Column('integer', { name: 'usage_limit', nullable: true })
  usageLimit: number | null;

  @Column('integer', { name: 'used_count', default: 0 })
  usedCount: number;

  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
