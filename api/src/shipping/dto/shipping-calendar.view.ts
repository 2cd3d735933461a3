import { ApiProperty } from '@nestjs/swagger';

export class ShippingCalendarView {
  @ApiProperty({ example: 'Europe/Amsterdam' }) timezone: string;
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: 'ISO weekdays: Monday 1 ... Sunday 7' }) workingDays: number[];
  @ApiProperty({ type: [String], example: ['2026-12-25'] }) holidays: string[];
}
