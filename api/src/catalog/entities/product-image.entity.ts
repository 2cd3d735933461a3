import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An image of a product (optionally of one variant); its sizes live in media storage under its id. */
@Entity('product_images')
export class ProductImage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'product_id' }) productId: string;
  @Column('uuid', { name: 'variant_id', nullable: true }) variantId: string | null;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text', { default: '' }) alt: string;
  @Column('integer', { default: 0 }) position: number;
  @Column('integer', { nullable: true }) width: number | null;
  @Column('integer', { nullable: true }) height: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
