import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One group of store settings (`shipping`, later `tax`, `payments`...), as JSON typed by its owner. */
@Entity('store_settings')
export class StoreSetting {
  @PrimaryColumn('text')
  key: string;

  @Column('jsonb')
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
