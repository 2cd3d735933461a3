import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { CreateShippingZoneDto, UpdateShippingZoneDto } from './dto/shipping-zone.dto';
import { ShippingZoneView } from './dto/shipping-zone.view';
import { ShippingZones } from './shipping-zones.service';

@ApiTags('admin · shipping')
@Controller('admin/shipping/zones')
export class ShippingZonesAdminController {
  constructor(private readonly zones: ShippingZones) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListShippingZones', summary: 'List shipping zones in their order' })
  @ApiOkResponse({ type: PageOf(ShippingZoneView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.zones.list(query);
  }

  @Get(':id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetShippingZone', summary: 'A shipping zone' })
  @ApiOkResponse({ type: ShippingZoneView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<ShippingZoneView> {
    return this.zones.get(id);
  }

  @Post()
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminCreateShippingZone', summary: 'Create a shipping zone of countries, regions and postcodes' })
  @ApiCreatedResponse({ type: ShippingZoneView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateShippingZoneDto): Promise<ShippingZoneView> {
    return this.zones.create(body);
  }

  @Patch(':id')
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminUpdateShippingZone', summary: 'Change a shipping zone' })
  @ApiOkResponse({ type: ShippingZoneView })
  @ApiProblems(400, 404)
  update(@UuidParam('id') id: string, @Body() body: UpdateShippingZoneDto): Promise<ShippingZoneView> {
    return this.zones.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminDeleteShippingZone', summary: 'Delete a shipping zone and its methods' })
  @ApiNoContentResponse({ description: 'Deleted, with its methods' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.zones.remove(id);
  }
}
