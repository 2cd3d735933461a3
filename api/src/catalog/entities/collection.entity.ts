import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A hand-picked group of products ("Summer edit"); featured ones lead the storefront's home page. */
@Entity('collections')
export class Collection {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') handle: string;
  @Column('text') title: string;
  @Column('text', { default: '' }) description: string;
  @Column('boolean', { default: false }) featured: boolean;
  @Column('integer', { default: 0 }) position: number;
  @Column('text', { name: 'seo_title', nullable: true }) seoTitle: string | null;
  @Column('text', { name: 'seo_description', nullable: true }) seoDescription: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
