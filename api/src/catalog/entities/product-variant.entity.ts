import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What is actually sold and stocked: one combination of option values, with its SKU. */
@Entity('product_variants')
export class ProductVariant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'product_id' }) productId: string;
  @Column('text') sku: string;
  @Column('text', { nullable: true }) barcode: string | null;
  @Column('text') title: string;
  @Column('jsonb', { default: {} }) options: Record<string, string>;
  @Column('integer', { default: 0 }) position: number;
  @Column('integer', { name: 'weight_grams', nullable: true }) weightGrams: number | null;
  @Column('integer', { name: 'length_mm', nullable: true }) lengthMm: number | null;
  @Column('integer', { name: 'width_mm', nullable: true }) widthMm: number | null;
  @Column('integer', { name: 'height_mm', nullable: true }) heightMm: number | null;
  @Column('boolean', { name: 'track_inventory', default: true }) trackInventory: boolean;
  @Column('boolean', { name: 'allow_backorder', default: false }) allowBackorder: boolean;
  @Column('date', { name: 'backorder_expected_at', nullable: true }) backorderExpectedAt: string | null;
  @Column('integer', { name: 'low_stock_threshold', default: 5 }) lowStockThreshold: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
