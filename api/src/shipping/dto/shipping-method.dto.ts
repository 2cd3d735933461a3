import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';
import { PageQuery } from '../../platform/pagination/page';
import { RATE_TYPES, type RateType, SHIPPING_METHOD_KINDS, type ShippingMethodKind } from '../rate-quote';

const MAX_DAYS = 60;
const MAX_GRAMS = 100_000_000;
export const MAX_METHOD_POSITION = 100_000;

export class WeightRateDto {
  @ApiProperty({ example: 2000, minimum: 1, maximum: MAX_GRAMS, description: 'Parcels up to and including this weight' })
  @IsInt()
  @Min(1)
  @Max(MAX_GRAMS)
  upToGrams: number;

  @ApiProperty({ type: () => MoneyView })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  amount: MoneyView;
}

export class CreateShippingMethodDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  zoneId: string;

  @ApiProperty({ example: 'PostNL standard', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: SHIPPING_METHOD_KINDS, enumName: 'ShippingMethodKind' })
  @IsIn(SHIPPING_METHOD_KINDS)
  kind: ShippingMethodKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Required for pickup: an active stock location with pickup enabled',
  })
  @IsOptional()
  @IsUUID()
  pickupLocationId?: string | null;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$', description: 'ISO 4217; every amount of the method is in it' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiProperty({ enum: RATE_TYPES, enumName: 'ShippingRateType', description: 'flat: flatAmount; weight: weightRates' })
  @IsIn(RATE_TYPES)
  rateType: RateType;

  @ApiPropertyOptional({ type: () => MoneyView, nullable: true, description: 'The price of a flat rate' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  flatAmount?: MoneyView | null;

  @ApiPropertyOptional({
    type: () => [WeightRateDto],
    description: 'Brackets of a weight rate, ascending; a parcel heavier than the last one is not carried',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeightRateDto)
  weightRates?: WeightRateDto[];

  @ApiPropertyOptional({ type: () => MoneyView, nullable: true, description: 'Free when the order subtotal reaches this' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyView)
  freeOverAmount?: MoneyView | null;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_DAYS, default: 1, description: 'Working days to pick and pack; 0 ships the same day' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  handlingDays?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_DAYS, default: 1, description: 'Working days in transit, at best (not used for pickup)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  transitDaysMin?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_DAYS,
    default: 3,
    description: 'Working days in transit, at worst; at least transitDaysMin',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  transitDaysMax?: number;

  @ApiPropertyOptional({
    example: '14:00',
    default: '14:00',
    description: "Orders from this time on (store's time zone) start the next working day",
  })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day as HH:MM (24-hour)' })
  cutoffTime?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_METHOD_POSITION, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_METHOD_POSITION)
  position?: number;
}

/** Only the fields sent change; null clears pickupLocationId, flatAmount or freeOverAmount. */
export class UpdateShippingMethodDto extends PartialType(CreateShippingMethodDto) {}

export class ListShippingMethodsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the methods of this zone' })
  @IsOptional()
  @IsUUID()
  zoneId?: string;
}
