import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page';

export const SORTS = ['relevance', 'newest', 'best_selling', 'price_asc', 'price_desc'] as const;
export type Sort = (typeof SORTS)[number];

const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The filters a storefront listing, a search and their facets share. */
export class StoreProductFilters {
  @ApiPropertyOptional({ example: 'knitwear', description: 'Category handle; products of its subcategories count too' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/)
  category?: string;

  @ApiPropertyOptional({ example: 'winter-essentials', description: 'Collection handle' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,80}$/)
  collection?: string;

  @ApiPropertyOptional({ description: 'Words to search for; typos are tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Lowest "from" price, minor units', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  priceMin?: number;

  @ApiPropertyOptional({ description: 'Highest "from" price, minor units', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  priceMax?: number;

  @ApiPropertyOptional({ description: 'Only products a shopper can buy now' })
  @IsOptional()
  @Transform(flag)
  @IsIn([true, false])
  inStock?: boolean;

  @ApiPropertyOptional({ description: 'Only products on sale' })
  @IsOptional()
  @Transform(flag)
  @IsIn([true, false])
  onSale?: boolean;

  @ApiPropertyOptional({ example: 'merino,winter', description: 'Comma-separated tags; a product needs all of them' })
  @IsOptional()
  @Matches(/^[a-z0-9 -]{1,40}(,[a-z0-9 -]{1,40}){0,9}$/, { message: 'must be up to 10 comma-separated tags' })
  tags?: string;

  @ApiPropertyOptional({
    example: 'Size:M,Size:L,Colour:Navy',
    description:
      'Option values as Name:Value, comma-separated. Values of one option widen (M or L); different options narrow (and Navy), on one variant',
  })
  @IsOptional()
  @Matches(/^[^:,]{1,40}:[^:,]{1,60}(,[^:,]{1,40}:[^:,]{1,60}){0,19}$/, { message: 'must be Name:Value pairs separated by commas' })
  options?: string;

  @ApiPropertyOptional({ example: 'EUR', description: "Prices in this currency (the store's by default)" })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

export class StoreProductQuery extends StoreProductFilters {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 24 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ enum: SORTS, description: 'relevance when searching, newest otherwise' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: Sort;
}

export class SuggestionsQuery {
  @ApiPropertyOptional({ description: 'What the shopper has typed so far' })
  @IsString()
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

export class DeliveryQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The variant to deliver; the first one a shopper can buy by default' })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be a UUID' })
  variantId?: string;

  @ApiPropertyOptional({ example: 'NL', description: "ISO 3166-1 alpha-2; the store's country by default" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ example: 'NL-NH' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ example: '1012 AB' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postcode?: string;

  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

export class PageQueryWithCurrency extends PageQuery {
  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}
