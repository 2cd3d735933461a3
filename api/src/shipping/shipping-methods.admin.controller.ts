import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { CreateShippingMethodDto, ListShippingMethodsQuery, UpdateShippingMethodDto } from './dto/shipping-method.dto';
import { ShippingMethodView } from './dto/shipping-method.view';
import { ShippingMethods } from './shipping-methods.service';

@ApiTags('admin · shipping')
@Controller('admin/shipping/methods')
export class ShippingMethodsAdminController {
  constructor(private readonly methods: ShippingMethods) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListShippingMethods', summary: 'List shipping methods, of one zone or of all' })
  @ApiOkResponse({ type: PageOf(ShippingMethodView) })
  @ApiProblems(400)
  list(@Query() query: ListShippingMethodsQuery) {
    return this.methods.list(query);
  }

  @Get(':id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetShippingMethod', summary: 'A shipping method' })
  @ApiOkResponse({ type: ShippingMethodView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<ShippingMethodView> {
    return this.methods.get(id);
  }

  @Post()
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminCreateShippingMethod', summary: 'Create a shipping method in a zone' })
  @ApiCreatedResponse({ type: ShippingMethodView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateShippingMethodDto): Promise<ShippingMethodView> {
    return this.methods.create(body);
  }

  @Patch(':id')
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminUpdateShippingMethod', summary: 'Change a shipping method' })
  @ApiOkResponse({ type: ShippingMethodView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateShippingMethodDto): Promise<ShippingMethodView> {
    return this.methods.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminDeleteShippingMethod', summary: 'Delete a shipping method' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.methods.remove(id);
  }
}
