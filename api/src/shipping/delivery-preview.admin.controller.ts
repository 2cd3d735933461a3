import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { DeliveryPreview } from './delivery-preview.service';
import { DeliveryPreviewDto, DeliveryPreviewView } from './dto/delivery-preview.dto';

@ApiTags('admin · shipping')
@Controller('admin/shipping/quote')
export class DeliveryPreviewAdminController {
  constructor(private readonly preview: DeliveryPreview) {}

  /** A POST that writes nothing: the question has a body. */
  @Post()
  @HttpCode(200)
  @RequirePermission('catalog:read')
  @ApiOperation({
    operationId: 'adminPreviewDeliveryOptions',
    summary: 'What a shopper at a destination would be offered for a parcel, as if in stock everywhere',
  })
  @ApiOkResponse({ type: DeliveryPreviewView })
  @ApiProblems(400)
  quote(@Body() body: DeliveryPreviewDto): Promise<DeliveryPreviewView> {
    return this.preview.preview(body);
  }
}
