import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_HOLIDAYS } from '../store-calendar';

/** The whole calendar: what is sent replaces what was there. */
export class UpdateShippingCalendarDto {
  @ApiProperty({ example: 'Europe/Amsterdam', description: 'IANA time zone of the warehouse' })
  @IsString()
  @MaxLength(64)
  timezone: string;

  @ApiProperty({
    type: [Number],
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays (Monday 1 ... Sunday 7) on which parcels are handled and delivered',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingDays: number[];

  @ApiPropertyOptional({ type: [String], example: ['2026-12-25', '2026-12-26'], description: 'YYYY-MM-DD; none by default' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HOLIDAYS)
  @IsString({ each: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each value must be a date as YYYY-MM-DD' })
  holidays?: string[];
}
