import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

/** The multipart form of an image upload (the file travels as `file`). */
export class UploadImageDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'JPEG, PNG, WebP, GIF, AVIF or TIFF, up to 10 MB' })
  file: unknown;

  @ApiPropertyOptional({ maxLength: 200 }) alt?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Show it when this variant is picked' }) variantId?: string;
}

export class UpdateImageDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  alt?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  variantId?: string | null;
}

export class SetCollectionProductsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The members, in display order' })
  @IsUUID('all', { each: true })
  productIds: string[];
}
