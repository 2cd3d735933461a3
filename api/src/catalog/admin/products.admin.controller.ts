import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PageOf } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { AdminProductListQuery } from '../dto/product-query.dto';
import { BulkProductsDto, CreateProductDto, UpdateProductDto } from '../dto/product.dto';
import { AdminProductSummaryView, AdminProductView, BulkResultView } from '../dto/product.view';
import { ProductAuthoring } from './product-authoring.service';
import { ProductList } from './product-list.service';

@ApiTags('admin · catalog')
@Controller('admin/products')
export class ProductsAdminController {
  constructor(
    private readonly authoring: ProductAuthoring,
    private readonly products: ProductList,
  ) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListProducts', summary: 'List products, newest first, with search and filters' })
  @ApiOkResponse({ type: PageOf(AdminProductSummaryView) })
  @ApiProblems(400)
  list(@Query() query: AdminProductListQuery) {
    return this.products.list(query);
  }

  @Post()
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminCreateProduct', summary: 'Create a product with its options, variants and prices' })
  @ApiCreatedResponse({ type: AdminProductView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateProductDto): Promise<AdminProductView> {
    return this.authoring.create(body);
  }

  @Post('bulk')
  @HttpCode(200)
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminBulkUpdateProducts', summary: 'Change the status or the prices of many products at once' })
  @ApiOkResponse({ type: BulkResultView })
  @ApiProblems(400)
  bulk(@Body() body: BulkProductsDto): Promise<BulkResultView> {
    return this.products.bulk(body);
  }

  @Get(':id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetProduct', summary: 'Read a product with variants, prices and images' })
  @ApiOkResponse({ type: AdminProductView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<AdminProductView> {
    return this.authoring.get(id);
  }

  @Patch(':id')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminUpdateProduct', summary: 'Edit a product (status archived to archive it)' })
  @ApiOkResponse({ type: AdminProductView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateProductDto): Promise<AdminProductView> {
    return this.authoring.update(id, body);
  }
}
