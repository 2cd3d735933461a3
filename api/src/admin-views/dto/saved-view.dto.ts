import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_FILTER_TEXT, MAX_FILTERS, RESOURCE_NAMES, type SavedViewResource } from '../saved-view-resources';

export type SavedViewFilters = Record<string, string | number | boolean>;

const FILTERS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string', maxLength: MAX_FILTER_TEXT }, { type: 'number' }, { type: 'boolean' }] },
  maxProperties: MAX_FILTERS,
};

/** `?resource=orders`: which admin list the views belong to. */
export class SavedViewsQuery {
  @ApiProperty({ enum: RESOURCE_NAMES, enumName: 'SavedViewResource' })
  @IsIn(RESOURCE_NAMES)
  resource: SavedViewResource;
}

export class CreateSavedViewDto {
  @ApiProperty({ enum: RESOURCE_NAMES, enumName: 'SavedViewResource' })
  @IsIn(RESOURCE_NAMES)
  resource: SavedViewResource;

  @ApiProperty({ example: 'Unpaid this week', maxLength: 60 })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;

  @ApiProperty({
    ...FILTERS_SCHEMA,
    example: { paymentStatus: 'pending', placedFrom: '2025-12-01' },
    description: 'The list’s filters as its query takes them; names are letters and digits, values short',
  })
  @IsObject()
  filters: SavedViewFilters;

  @ApiPropertyOptional({ default: false, description: 'Show the view to every staff member who may read the list' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}

export class SavedViewView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RESOURCE_NAMES, enumName: 'SavedViewResource' }) resource: SavedViewResource;
  @ApiProperty({ example: 'Unpaid this week' }) name: string;
  @ApiProperty(FILTERS_SCHEMA) filters: SavedViewFilters;
  @ApiProperty() shared: boolean;
  @ApiProperty({ format: 'uuid', description: 'The staff member who saved it' }) ownerId: string;
  @ApiProperty({ description: 'Saved by the caller, who alone may delete it' }) mine: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SavedViewListView {
  @ApiProperty({ type: [SavedViewView], description: 'Yours, then those others shared, each oldest first' })
  items: SavedViewView[];
}
