import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { BadRequest, NotFound } from '../../platform/errors/domain-error';
import { Outbox } from '../../platform/outbox/outbox.service';
import { byCreation, keysetPage } from '../../platform/pagination/keyset';
import { Page, PageQuery } from '../../platform/pagination/page';
import { MediaStorage } from '../../platform/storage/media-storage';
import { CatalogImport } from './catalog-import.entity';
import { CatalogImportView, toImportView } from './catalog-import.view';

export const IMPORT_REQUESTED = 'catalog.import-requested';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Accepts a CSV upload: the file is stored, the import recorded and its job queued in one transaction. */
@Injectable()
export class CatalogImports {
  constructor(
    private readonly db: Db,
    private readonly outbox: Outbox,
    private readonly storage: MediaStorage,
  ) {}

  async start(file: { buffer: Buffer; originalname: string }, actorId: string | null): Promise<CatalogImportView> {
    if (!looksLikeText(file.buffer)) {
      throw new BadRequest('not_a_csv', 'The file is not a CSV text file.', [{ pointer: '/file', detail: 'is not CSV text' }]);
    }
    const id = randomUUID();
    const storageKey = `imports/${id}.csv`;
    await this.storage.put(storageKey, file.buffer, 'text/csv');
    return this.db.transaction(async (tx) => {
      const row = await tx.save(
        tx.create(CatalogImport, {
          id,
          filename: file.originalname.slice(0, 200) || 'import.csv',
          storageKey,
          createdBy: actorId,
          errors: [],
        }),
      );
      await this.outbox.add(tx, IMPORT_REQUESTED, { importId: id }, { maxAttempts: 3 });
      return toImportView(row);
    });
  }

  async get(id: string): Promise<CatalogImportView> {
    const row = await this.db.manager.findOne(CatalogImport, { where: { id } });
    if (!row) throw new NotFound('import');
    return toImportView(row);
  }

  async list(query: PageQuery): Promise<Page<CatalogImportView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(CatalogImport, 'ci'), byCreation('ci'), query);
    return { items: page.items.map(toImportView), nextCursor: page.nextCursor };
  }
}

/** A CSV is text: no NUL bytes in its first kilobytes (a spreadsheet's binary format would have them). */
function looksLikeText(buffer: Buffer): boolean {
  return buffer.length > 0 && !buffer.subarray(0, 8192).includes(0);
}
