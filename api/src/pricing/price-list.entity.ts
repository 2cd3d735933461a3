import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SaleTarget = 'all' | 'categories' | 'collections' | 'products';

/** A sale: a percentage or a fixed amount off everything, some categories, collections or products, for a time. */
@Entity('price_lists')
export class PriceList {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { default: 'draft' }) status: 'draft' | 'active';
  @Column('text', { name: 'discount_type' }) discountType: 'percentage' | 'fixed';
  @Column('integer', { name: 'percentage_bp', nullable: true }) percentageBp: number | null;
  @Column('bigint', {
    name: 'fixed_amount',
    nullable: true,
    transformer: { to: (v: unknown) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  fixedAmount: number | null;
  @Column('character', { name: 'fixed_currency', length: 3, nullable: true }) fixedCurrency: string | null;
  @Column('text', { name: 'applies_to' }) appliesTo: SaleTarget;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
