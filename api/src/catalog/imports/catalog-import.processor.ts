import { Injectable, Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { DomainError } from '../../platform/errors/domain-error';
import { JobHandler } from '../../platform/queue/job-handler.decorator';
import { MediaStorage } from '../../platform/storage/media-storage';
import { CatalogImport } from './catalog-import.entity';
import { IMPORT_REQUESTED } from './catalog-imports.service';
import { CsvRecord } from './csv-columns';
import { PlannedProduct, planImport, RowError } from './import-plan';
import { ProductImportWriter } from './product-import-writer.service';

const MAX_ERRORS = 1000;
const PROGRESS_EVERY_MS = 500;

/**
 * Runs an import: parse, check every row, then one transaction per product, publishing progress as it
 * goes. Safe to run again: products are matched by handle and variants by SKU, so a rerun updates.
 */
@Injectable()
export class CatalogImportProcessor {
  private readonly logger = new Logger('CatalogImport');

  constructor(
    private readonly db: Db,
    private readonly storage: MediaStorage,
    private readonly writer: ProductImportWriter,
    private readonly config: AppConfig,
  ) {}

  @JobHandler(IMPORT_REQUESTED)
  async run(payload: { importId: string }): Promise<void> {
    const job = await this.db.manager.findOne(CatalogImport, { where: { id: payload.importId } });
    if (!job || job.status === 'done') return;
    const records = await this.read(job);
    if (!records) return;
    const { products, errors, rejectedRows } = planImport(records.rows, this.config.store.currency);
    const tally = { processed: rejectedRows.length, created: 0, updated: 0, failed: new Set(rejectedRows) };
    await this.db.manager.update(CatalogImport, job.id, {
      status: 'running',
      startedAt: new Date(),
      totalRows: records.rows.length,
      processedRows: tally.processed,
      createdProducts: 0,
      updatedProducts: 0,
      failedRows: tally.failed.size,
      errors: errors.slice(0, MAX_ERRORS),
    });
    let lastProgress = Date.now();
    for (const product of products) {
      try {
        const outcome = await this.db.transaction((tx) => this.writer.write(tx, product, { importId: job.id, actorId: job.createdBy }));
        if (outcome === 'created') tally.created += 1;
        else tally.updated += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.push(...rowErrors(product, error));
        product.rows.forEach((row) => tally.failed.add(row));
      }
      tally.processed += product.rows.length;
      if (Date.now() - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        await this.progress(job.id, tally, errors, 'running');
      }
    }
    await this.progress(job.id, tally, errors, 'done');
    this.logger.log(`import ${job.id}: ${tally.created} created, ${tally.updated} updated, ${tally.failed.size} rows failed`);
  }

  private async read(job: CatalogImport): Promise<{ rows: CsvRecord[] } | null> {
    const file = await this.storage.get(job.storageKey);
    if (!file) return this.fail(job.id, 'The uploaded file is gone.');
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(Buffer.from(chunk as Buffer));
    try {
      const rows = parse(Buffer.concat(chunks), {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        bom: true,
        skip_empty_lines: true,
        trim: false,
        relax_column_count: true,
      }) as CsvRecord[];
      if (!rows.length) return this.fail(job.id, 'The file has a header but no rows.');
      if (!('handle' in rows[0]) || !('sku' in rows[0])) return this.fail(job.id, 'The header needs at least the columns handle and sku.');
      return { rows };
    } catch (error) {
      return this.fail(job.id, `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async fail(id: string, message: string): Promise<null> {
    await this.db.manager.update(CatalogImport, id, {
      status: 'failed',
      finishedAt: new Date(),
      errors: [{ row: 1, field: null, message }],
    });
    return null;
  }

  private async progress(
    id: string,
    tally: { processed: number; created: number; updated: number; failed: Set<number> },
    errors: RowError[],
    status: 'running' | 'done',
  ): Promise<void> {
    await this.db.manager.update(CatalogImport, id, {
      status,
      processedRows: tally.processed,
      createdProducts: tally.created,
      updatedProducts: tally.updated,
      failedRows: tally.failed.size,
      errors: [...errors].sort((a, b) => a.row - b.row).slice(0, MAX_ERRORS),
      ...(status === 'done' ? { finishedAt: new Date() } : {}),
    });
  }
}

const POINTER_COLUMNS: Record<string, string> = {
  sku: 'sku',
  price: 'price',
  prices: 'price',
  options: 'option1_value',
  barcode: 'barcode',
  stock: 'stock',
  title: 'title',
  category: 'category',
  categoryId: 'category',
  collections: 'collections',
  collectionIds: 'collections',
};

/** A refusal from the catalog (field pointers into the product) as errors on the CSV's rows and columns. */
function rowErrors(product: PlannedProduct, error: DomainError): RowError[] {
  const details = error.errors?.length ? error.errors : [{ pointer: '', detail: error.message }];
  return details.map((detail) => {
    const variant = /^\/variants\/(\d+)(?:\/([a-zA-Z]+))?/.exec(detail.pointer);
    const row = variant ? (product.variants[Number(variant[1])]?.row ?? product.rows[0]) : product.rows[0];
    const key = variant ? variant[2] : detail.pointer.split('/')[1];
    return { row, field: (key && POINTER_COLUMNS[key]) ?? null, message: detail.detail };
  });
}
