import { Body, Controller, Delete, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { AdminProductView } from '../dto/product.view';
import { CreateVariantDto, UpdateVariantDto } from '../dto/variant.dto';
import { VariantWriter } from './variant-writer.service';

@ApiTags('admin · catalog')
@Controller('admin/products/:id/variants')
export class VariantsAdminController {
  constructor(private readonly variants: VariantWriter) {}

  @Post()
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminCreateVariant', summary: 'Add a variant to a product' })
  @ApiCreatedResponse({ type: AdminProductView, description: 'The product with its new variant' })
  @ApiProblems(400, 404, 409)
  create(@UuidParam('id') id: string, @Body() body: CreateVariantDto): Promise<AdminProductView> {
    return this.variants.add(id, body);
  }

  @Patch(':variantId')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminUpdateVariant', summary: 'Edit a variant: SKU, options, prices, weight, stock settings' })
  @ApiOkResponse({ type: AdminProductView })
  @ApiProblems(400, 404, 409)
  update(
    @UuidParam('id') id: string,
    @UuidParam('variantId') variantId: string,
    @Body() body: UpdateVariantDto,
  ): Promise<AdminProductView> {
    return this.variants.update(id, variantId, body);
  }

  @Delete(':variantId')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminDeleteVariant', summary: 'Delete a variant that has no stock history' })
  @ApiOkResponse({ type: AdminProductView })
  @ApiProblems(400, 404, 409)
  remove(@UuidParam('id') id: string, @UuidParam('variantId') variantId: string): Promise<AdminProductView> {
    return this.variants.remove(id, variantId);
  }
}
