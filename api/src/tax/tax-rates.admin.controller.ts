import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { CreateTaxRateDto, ListTaxRatesQuery, UpdateTaxRateDto } from './dto/tax-rate.dto';
import { TaxRateView } from './dto/tax-rate.view';
import { TaxRateAdmin } from './tax-rate-admin.service';

@ApiTags('admin · tax')
@Controller('admin/tax-rates')
export class TaxRatesAdminController {
  constructor(private readonly rates: TaxRateAdmin) {}

  @Get()
  @RequirePermission('settings:read')
  @ApiOperation({ operationId: 'adminListTaxRates', summary: 'List tax rates by country, the country rate before its regions' })
  @ApiOkResponse({ type: PageOf(TaxRateView) })
  @ApiProblems(400)
  list(@Query() query: ListTaxRatesQuery) {
    return this.rates.list(query);
  }

  @Get(':id')
  @RequirePermission('settings:read')
  @ApiOperation({ operationId: 'adminGetTaxRate', summary: 'A tax rate' })
  @ApiOkResponse({ type: TaxRateView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<TaxRateView> {
    return this.rates.get(id);
  }

  @Post()
  @RequirePermission('settings:manage')
  @ApiOperation({ operationId: 'adminCreateTaxRate', summary: 'Add the tax rate of a country, or of a region of it' })
  @ApiCreatedResponse({ type: TaxRateView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateTaxRateDto): Promise<TaxRateView> {
    return this.rates.create(body);
  }

  @Patch(':id')
  @RequirePermission('settings:manage')
  @ApiOperation({ operationId: 'adminUpdateTaxRate', summary: 'Change a tax rate; carts use it at once' })
  @ApiOkResponse({ type: TaxRateView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateTaxRateDto): Promise<TaxRateView> {
    return this.rates.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('settings:manage')
  @ApiOperation({
    operationId: 'adminDeleteTaxRate',
    summary: 'Delete a tax rate; its destination falls back to the country rate, or none',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.rates.remove(id);
  }
}
