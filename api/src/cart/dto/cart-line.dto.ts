import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

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
}
