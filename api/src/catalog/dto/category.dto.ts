import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Fields shared by categories and collections: a name, a handle for URLs, and SEO text. */
export class HandleAndSeoDto {
  @ApiPropertyOptional({ example: 'knitwear', description: 'URL slug; made from the name when left out', maxLength: 80 })
  @IsOptional()
  @Matches(HANDLE, { message: 'must be lowercase letters, digits and single dashes' })
  @MaxLength(80)
  handle?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;

  @ApiPropertyOptional({ type: String, maxLength: 70, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(70)
  seoTitle?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 160, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(160)
  seoDescription?: string | null;
}

export class CreateCategoryDto extends HandleAndSeoDto {
  @ApiProperty({ example: 'Knitwear', maxLength: 80 })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The parent category; none for a top-level one' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

export class UpdateCategoryDto extends PartialType(CreateCategoryDto) {}

export class CreateCollectionDto extends HandleAndSeoDto {
  @ApiProperty({ example: 'Winter essentials', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  title: string;

  @ApiPropertyOptional({ description: 'Featured collections lead the storefront home page' })
  @IsOptional()
  featured?: boolean;
}

export class UpdateCollectionDto extends PartialType(CreateCollectionDto) {}
