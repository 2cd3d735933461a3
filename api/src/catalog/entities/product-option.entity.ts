import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An axis a product varies on ("Size": S, M, L), in display order. */
@Entity('product_options')
export class ProductOption {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'product_id' }) productId: string;
  @Column('text') name: string;
  @Column('integer', { default: 0 }) position: number;
  @Column('text', { array: true }) values: string[];
}
