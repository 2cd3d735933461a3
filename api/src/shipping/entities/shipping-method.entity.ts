import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { minorUnitsTransformer } from '../../platform/money/money.column';
import type { RateType, ShippingMethodKind } from '../rate-quote';

/** A weight bracket as stored, in the method's currency. */
export interface StoredWeightRate {
  upToGrams: number;
  amountMinor: number;
}

/** A way of delivering within a zone: its price rule and its timing. Amounts are minor units of `currency`. */
@Entity('shipping_methods')
export class ShippingMethod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'zone_id' })
  zoneId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ShippingMethodKind;

  /** A stock location of the inventory domain, for pickup. */
  @Column('uuid', { name: 'pickup_location_id', nullable: true })
  pickupLocationId: string | null;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'rate_type' })
  rateType: RateType;

  @Column('bigint', { name: 'flat_amount', nullable: true, transformer: minorUnitsTransformer })
  flatAmount: number | null;

  /** Ascending by `upToGrams`. */
  @Column('jsonb', { name: 'weight_rates' })
  weightRates: StoredWeightRate[];

  @Column('bigint', { name: 'free_over_amount', nullable: true, transformer: minorUnitsTransformer })
  freeOverAmount: number | null;

  @Column('integer', { name: 'handling_days' })
  handlingDays: number;

  @Column('integer', { name: 'transit_days_min' })
  transitDaysMin: number;

  @Column('integer', { name: 'transit_days_max' })
  transitDaysMax: number;

  /** PostgreSQL answers `14:00:00`; the API speaks `14:00`. */
  @Column('time', { name: 'cutoff_time' })
  cutoffTime: string;

  @Column('boolean')
  active: boolean;

  @Column('integer')
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
