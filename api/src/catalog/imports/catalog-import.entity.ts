import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RowError } from './import-plan';

/** One CSV import: its file, where the job stands, and what went wrong row by row. */
@Entity('catalog_imports')
export class CatalogImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { default: 'queued' }) status: 'queued' | 'running' | 'done' | 'failed';
  @Column('text') filename: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('integer', { name: 'total_rows', default: 0 }) totalRows: number;
  @Column('integer', { name: 'processed_rows', default: 0 }) processedRows: number;
  @Column('integer', { name: 'created_products', default: 0 }) createdProducts: number;
  @Column('integer', { name: 'updated_products', default: 0 }) updatedProducts: number;
  @Column('integer', { name: 'failed_rows', default: 0 }) failedRows: number;
  @Column('jsonb', { default: [] }) errors: RowError[];
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
