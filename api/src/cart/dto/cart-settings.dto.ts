import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** The whole cart settings group: what is sent replaces what was there. */
export class CartSettingsDto {
  @ApiProperty({ example: 10, minimum: 1, maximum: 9999, description: 'Most units of one variant in a cart' })
  @IsInt()
  @Min(1)
  @Max(9999)
  maxQuantityPerLine: number;

  @ApiProperty({ example: 50, minimum: 1, maximum: 500, description: 'Most different variants in a cart' })
  @IsInt()
  @Min(1)
  @Max(500)
  maxLines: number;

  @ApiProperty({ example: 100, minimum: 1, maximum: 99999, description: 'Most units in one order, all lines together' })
  @IsInt()
  @Min(1)
  @Max(99999)
  maxItemsPerOrder: number;

  @ApiProperty({
    example: 15,
    minimum: 1,
    maximum: 1440,
    description: 'How long stock stays reserved for a shopper who started paying, in minutes',
  })
  @IsInt()
  @Min(1)
  @Max(1440)
  reservationMinutes: number;

  @ApiProperty({ example: 30, minimum: 1, maximum: 365, description: 'A cart nobody touched for this many days expires' })
  @IsInt()
  @Min(1)
  @Max(365)
  idleDays: number;
}
