import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { DiscountCodeAdmin } from './discount-code-admin.service';
import { CreateDiscountCodeDto, ListDiscountCodesQuery, UpdateDiscountCodeDto } from './dto/discount-code.dto';
import { DiscountCodeView } from './dto/discount-code.view';

/** Reads need `catalog:read`, like sales (price lists): support staff look codes up for shoppers, analysts report on them. */
@ApiTags('admin · promotions')
@Controller('admin/discount-codes')
export class DiscountCodesAdminController {
  constructor(private readonly codes: DiscountCodeAdmin) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListDiscountCodes', summary: 'List discount codes, newest first' })
  @ApiOkResponse({ type: PageOf(DiscountCodeView) })
  @ApiProblems(400)
  list(@Query() query: ListDiscountCodesQuery) {
    return this.codes.list(query);
  }

  @Get(':id')
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetDiscountCode', summary: 'A discount code, with how often it was used' })
  @ApiOkResponse({ type: DiscountCodeView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<DiscountCodeView> {
    return this.codes.get(id);
  }

  @Post()
  @RequirePermission('promotions:manage')
  @ApiOperation({ operationId: 'adminCreateDiscountCode', summary: 'Create a discount code: a percentage, an amount or free shipping' })
  @ApiCreatedResponse({ type: DiscountCodeView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateDiscountCodeDto): Promise<DiscountCodeView> {
    return this.codes.create(body);
  }

  @Patch(':id')
  @RequirePermission('promotions:manage')
  @ApiOperation({ operationId: 'adminUpdateDiscountCode', summary: 'Change a discount code' })
  @ApiOkResponse({ type: DiscountCodeView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateDiscountCodeDto): Promise<DiscountCodeView> {
    return this.codes.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('promotions:manage')
  @ApiOperation({ operationId: 'adminDeleteDiscountCode', summary: 'Delete a discount code; orders keep the discount they got' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.codes.remove(id);
  }
}
