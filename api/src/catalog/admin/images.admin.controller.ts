import { Body, Controller, Delete, HttpCode, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { UpdateImageDto, UploadImageDto } from '../dto/image.dto';
import { ImageView } from '../dto/product.view';
import { MAX_UPLOAD_BYTES } from '../media/image-sizes';
import { ProductImages } from '../media/product-images.service';
import { isUuid } from '../../platform/validation/uuid';

@ApiTags('admin · catalog')
@Controller('admin/products/:id/images')
export class ImagesAdminController {
  constructor(private readonly images: ProductImages) {}

  @Post()
  @RequirePermission('catalog:manage')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImageDto })
  @ApiOperation({ operationId: 'adminUploadProductImage', summary: 'Upload an image; it is stored in list and page sizes' })
  @ApiCreatedResponse({ type: ImageView })
  @ApiProblems(400, 404, 413)
  upload(
    @UuidParam('id') id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() body: Record<string, unknown>,
  ): Promise<ImageView> {
    const errors = [
      ...(!file ? [{ pointer: '/file', detail: 'is required' }] : []),
      ...(body.alt !== undefined && (typeof body.alt !== 'string' || body.alt.length > 200)
        ? [{ pointer: '/alt', detail: 'must be text up to 200 characters' }]
        : []),
      ...(body.variantId !== undefined && (typeof body.variantId !== 'string' || !isUuid(body.variantId))
        ? [{ pointer: '/variantId', detail: 'must be a UUID' }]
        : []),
      ...Object.keys(body)
        .filter((k) => k !== 'alt' && k !== 'variantId')
        .map((k) => ({ pointer: `/${k}`, detail: 'is not an allowed field' })),
    ];
    if (errors.length || !file) throw new ValidationFailed(errors);
    return this.images.add(id, {
      buffer: file.buffer,
      alt: body.alt as string | undefined,
      variantId: body.variantId as string | undefined,
    });
  }

  @Patch(':imageId')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminUpdateProductImage', summary: "Change an image's alt text, position or variant" })
  @ApiOkResponse({ type: ImageView })
  @ApiProblems(400, 404)
  update(@UuidParam('id') id: string, @UuidParam('imageId') imageId: string, @Body() body: UpdateImageDto): Promise<ImageView> {
    return this.images.update(id, imageId, body);
  }

  @Delete(':imageId')
  @HttpCode(204)
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminDeleteProductImage', summary: 'Delete an image and its stored sizes' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string, @UuidParam('imageId') imageId: string): Promise<void> {
    return this.images.remove(id, imageId);
  }
}
