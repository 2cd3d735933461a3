import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A place that holds stock: a warehouse, a shop, a pickup point. Deactivated rather than deleted (the ledger refers to it). */
@Entity('stock_locations')
export class StockLocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('char', { length: 2 })
  country: string;

  @Column('text', { nullable: true })
  region: string | null;

  @Column('text')
  city: string;

  @Column('text')
  postcode: string;

  @Column('text', { name: 'address_line' })
  addressLine: string;

  @Column('boolean', { name: 'pickup_enabled' })
  pickupEnabled: boolean;

  @Column('boolean')
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
