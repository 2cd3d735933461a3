import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';

export class AddCartLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a variant id' })
  variantId: string;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 1, description: 'Units to add; they add up with any already in the cart' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1000)
  quantity: number;
}

export class ChangeCartLineDto {
  @ApiProperty({ minimum: 1, maximum: 1000, example: 2, description: 'The new number of units (remove the line to take it out)' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1000)
  quantity: number;
}

export class CreateCartDto {
  @ApiProperty({ required: false, example: 'EUR', description: "The cart's currency (the store's by default)" })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  currency?: string;

  @ApiPropertyOptional({
    type: [AddCartLineDto],
    maxItems: 50,
    description: 'Lines to start with ("buy now"): added as POST /store/carts/{id}/lines would, all or none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AddCartLineDto)
  lines?: AddCartLineDto[];
}
