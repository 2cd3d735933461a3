import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../../auth/access/access-policy';
import { Actor, type AdminPrincipal } from '../../auth/access/principal';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { CatalogExport } from './catalog-export.service';
import { CatalogImportView } from './catalog-import.view';
import { CatalogImports, MAX_IMPORT_BYTES } from './catalog-imports.service';

@ApiTags('admin · catalog')
@Controller('admin/products')
export class CatalogImportsAdminController {
  constructor(
    private readonly imports: CatalogImports,
    private readonly exporter: CatalogExport,
  ) {}

  @Post('imports')
  @HttpCode(202)
  @RequirePermission('catalog:manage')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A product CSV (the export format), up to 20 MB' } },
    },
  })
  @ApiOperation({ operationId: 'adminStartProductImport', summary: 'Upload a product CSV; it is imported by a background job' })
  @ApiAcceptedResponse({ type: CatalogImportView, description: 'Queued: poll it for progress' })
  @ApiProblems(400, 413)
  start(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Actor() actor: AdminPrincipal,
  ): Promise<CatalogImportView> {
    if (!file) throw new ValidationFailed([{ pointer: '/file', detail: 'is required' }]);
    return this.imports.start(file, actor.kind === 'staff' ? actor.id : null);
  }

  @Get('imports')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListProductImports', summary: 'Imports, newest first' })
  @ApiOkResponse({ type: PageOf(CatalogImportView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.imports.list(query);
  }

  @Get('imports/:id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetProductImport', summary: 'An import with its progress and row errors' })
  @ApiOkResponse({ type: CatalogImportView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<CatalogImportView> {
    return this.imports.get(id);
  }

  @Get('export')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminExportProducts', summary: 'Every product, variant, price and stock count as CSV (the import format)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  @ApiProblems(401)
  async export(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="products-${new Date().toISOString().slice(0, 10)}.csv"`);
    for await (const chunk of this.exporter.csv()) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }
}
