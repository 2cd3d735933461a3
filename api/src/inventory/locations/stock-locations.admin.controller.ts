import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { CreateStockLocationDto, UpdateStockLocationDto } from './dto/stock-location.dto';
import { StockLocationView } from './dto/stock-location.view';
import { StockLocations } from './stock-locations.service';

@ApiTags('admin · inventory')
@Controller('admin/inventory/locations')
export class StockLocationsAdminController {
  constructor(private readonly locations: StockLocations) {}

  @Get()
  @RequirePermission('inventory:read')
  @ApiOperation({ operationId: 'adminListStockLocations', summary: 'List stock locations by code' })
  @ApiOkResponse({ type: PageOf(StockLocationView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.locations.list(query);
  }

  @Get(':id')
  @RequirePermission('inventory:read')
  @ApiOperation({ operationId: 'adminGetStockLocation', summary: 'Read one stock location' })
  @ApiOkResponse({ type: StockLocationView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<StockLocationView> {
    return this.locations.get(id);
  }

  @Post()
  @RequirePermission('inventory:manage')
  @ApiOperation({ operationId: 'adminCreateStockLocation', summary: 'Open a stock location (warehouse, shop, pickup point)' })
  @ApiCreatedResponse({ type: StockLocationView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateStockLocationDto): Promise<StockLocationView> {
    return this.locations.create(body);
  }

  @Patch(':id')
  @RequirePermission('inventory:manage')
  @ApiOperation({ operationId: 'adminUpdateStockLocation', summary: 'Edit a stock location, or deactivate it with active: false' })
  @ApiOkResponse({ type: StockLocationView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateStockLocationDto): Promise<StockLocationView> {
    return this.locations.update(id, body);
  }
}
