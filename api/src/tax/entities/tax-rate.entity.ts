import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TaxDisplay } from '../../checkout/totals/cart-totals';

/** The tax of a country, or of one region of it (which then wins over the country's). */
@Entity('tax_rates')
export class TaxRate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO 3166-1 alpha-2. */
  @Column('character', { length: 2 })
  country: string;

  /** ISO 3166-2 code (US-NY) or the store's own region name; null for the whole country. */
  @Column('text', { nullable: true })
  region: string | null;

  @Column('text')
  name: string;

  /** Parts per million: 21 % is 210000. */
  @Column('integer', { name: 'rate_ppm' })
  ratePpm: number;

  @Column('text')
  display: TaxDisplay;

  @Column('boolean', { name: 'tax_shipping' })
  taxShipping: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
