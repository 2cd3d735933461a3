import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A node of the category tree. `ancestors` lists the ids from the root down to the parent, for subtree queries. */
@Entity('categories')
export class Category {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('uuid', { array: true, default: () => "'{}'" }) ancestors: string[];
  @Column('text') name: string;
  @Column('text') handle: string;
  @Column('text', { default: '' }) description: string;
  @Column('integer', { default: 0 }) position: number;
  @Column('text', { name: 'seo_title', nullable: true }) seoTitle: string | null;
  @Column('text', { name: 'seo_description', nullable: true }) seoDescription: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
