import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Where a set of shipping methods applies: countries, optionally narrowed to regions and postcodes. */
@Entity('shipping_zones')
export class ShippingZone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** ISO 3166-1 alpha-2 codes. */
  @Column('text', { array: true })
  countries: string[];

  /** ISO 3166-2 codes or free region names; empty means the whole of each country. */
  @Column('text', { array: true })
  regions: string[];

  /** See postcode-patterns.ts; empty means every postcode. */
  @Column('text', { name: 'postcode_patterns', array: true })
  postcodePatterns: string[];

  @Column('integer')
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
