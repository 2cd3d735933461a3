import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { CreatePriceListDto, UpdatePriceListDto } from './dto/price-list.dto';
import { PriceListView } from './dto/price-list.view';
import { PriceLists } from './price-lists.service';

@ApiTags('admin · pricing')
@Controller('admin/price-lists')
export class PriceListsAdminController {
  constructor(private readonly priceLists: PriceLists) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListPriceLists', summary: 'List sales, newest first' })
  @ApiOkResponse({ type: PageOf(PriceListView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.priceLists.list(query);
  }

  @Get(':id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetPriceList', summary: 'Read one sale' })
  @ApiOkResponse({ type: PriceListView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<PriceListView> {
    return this.priceLists.get(id);
  }

  @Post()
  @RequirePermission('pricing:manage')
  @ApiOperation({ operationId: 'adminCreatePriceList', summary: 'Create a sale: a percentage or amount off, for a time' })
  @ApiCreatedResponse({ type: PriceListView })
  @ApiProblems(400)
  create(@Body() body: CreatePriceListDto): Promise<PriceListView> {
    return this.priceLists.create(body);
  }

  @Patch(':id')
  @RequirePermission('pricing:manage')
  @ApiOperation({ operationId: 'adminUpdatePriceList', summary: 'Change a sale; prices follow at once' })
  @ApiOkResponse({ type: PriceListView })
  @ApiProblems(400, 404)
  update(@UuidParam('id') id: string, @Body() body: UpdatePriceListDto): Promise<PriceListView> {
    return this.priceLists.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('pricing:manage')
  @ApiOperation({ operationId: 'adminDeletePriceList', summary: 'Delete a sale; prices return to normal at once' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.priceLists.remove(id);
  }
}
