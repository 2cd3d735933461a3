import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MoneyView } from '../../platform/money/money.view';
import { PageQuery } from '../../platform/pagination/page';
import { CODE_PATTERN } from '../discount-code-rules';

const KINDS = ['percentage', 'fixed', 'free_shipping'] as const;

/** Optional, but never null: there is nothing to clear. */
const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class CreateDiscountCodeDto {
  @ApiProperty({
    example: 'WELCOME10',
    pattern: CODE_PATTERN.source,
    description: 'What shoppers type; unique, and matched without regard to case',
  })
  @IsString()
  @MaxLength(40)
  @Matches(CODE_PATTERN, { message: 'must be 2-40 letters, digits, hyphens or underscores, starting with a letter or digit' })
  code: string;

  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: (typeof KINDS)[number];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 10,
    minimum: 0.01,
    maximum: 100,
    description: 'Percent off the subtotal, up to two decimals (kind percentage)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(100)
  percent?: number | null;

  @ApiPropertyOptional({
    type: MoneyView,
    nullable: true,
    description: 'Amount off the subtotal (kind fixed); the code then applies only to carts in its currency',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyView)
  amount?: MoneyView | null;

  @ApiPropertyOptional({
    type: MoneyView,
    nullable: true,
    description: 'The subtotal a cart needs, before discounts; the code then applies only to carts in its currency',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyView)
  minimumSubtotal?: MoneyView | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  startsAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'The first moment it no longer applies' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsAt?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    example: 100,
    description: 'How many orders may use it in all; none for no limit',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  usageLimit?: number | null;

  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

/** Only the fields sent change; the code is checked as a whole afterwards. A new kind needs its own value. */
export class UpdateDiscountCodeDto extends PartialType(CreateDiscountCodeDto) {}

export class ListDiscountCodesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'welcome10', description: 'Only this code, whatever its case' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;
}
