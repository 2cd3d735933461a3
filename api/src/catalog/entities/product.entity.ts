import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ProductStatus = 'draft' | 'active' | 'archived';

/** What a shopper browses; sold through its variants. Archived, never deleted: orders refer to it. */
@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') handle: string;
  @Column('text') title: string;
  @Column('text', { default: '' }) subtitle: string;
  @Column('text', { default: '' }) vendor: string;
  @Column('text', { name: 'description_md', default: '' }) descriptionMd: string;
  @Column('text', { name: 'description_html', default: '' }) descriptionHtml: string;
  @Column('text', { default: 'draft' }) status: ProductStatus;
  @Column('uuid', { name: 'category_id', nullable: true }) categoryId: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  @Column('text', { name: 'seo_title', nullable: true }) seoTitle: string | null;
  @Column('text', { name: 'seo_description', nullable: true }) seoDescription: string | null;
  @Column('integer', { name: 'sales_count', default: 0 }) salesCount: number;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
