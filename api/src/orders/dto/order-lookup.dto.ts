import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsInt, Max, MaxLength, Min } from 'class-validator';

/** What a guest has from their confirmation email: the order number and the address it went to. */
export class OrderLookupDto {
  @ApiProperty({ example: 1001 })
  @IsInt({ message: 'must be an order number' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  number: number;

  @ApiProperty({ format: 'email', example: 'anna@example.com' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;
}
