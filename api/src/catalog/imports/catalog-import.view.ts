import { ApiProperty } from '@nestjs/swagger';
import type { CatalogImport } from './catalog-import.entity';

export class RowErrorView {
  @ApiProperty({ description: 'Line of the file; the header is line 1' }) row: number;
  @ApiProperty({ type: String, nullable: true, description: 'The column' }) field: string | null;
  @ApiProperty() message: string;
}

export class CatalogImportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status: 'queued' | 'running' | 'done' | 'failed';
  @ApiProperty() filename: string;
  @ApiProperty({ description: 'Data rows in the file' }) totalRows: number;
  @ApiProperty({ description: 'Rows handled so far: the progress bar' }) processedRows: number;
  @ApiProperty() createdProducts: number;
  @ApiProperty() updatedProducts: number;
  @ApiProperty({ description: 'Rows left out because they, or another row of their product, had errors' }) failedRows: number;
  @ApiProperty({ type: [RowErrorView], description: 'At most the first 1,000 errors' }) errors: RowErrorView[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export function toImportView(row: CatalogImport): CatalogImportView {
  return {
    id: row.id,
    status: row.status,
    filename: row.filename,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    createdProducts: row.createdProducts,
    updatedProducts: row.updatedProducts,
    failedRows: row.failedRows,
    errors: row.errors,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
