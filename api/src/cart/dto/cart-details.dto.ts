import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PostalAddressDto } from '../../shipping/dto/postal-address.dto';

/** What checkout asks for, step by step: each field may come alone; `null` clears one. */
export class UpdateCartDto {
  @ApiPropertyOptional({
    format: 'email',
    example: 'anna@example.com',
    description: "Where the confirmation goes (a customer's account email when absent)",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @ValidateNested()
  @Type(() => PostalAddressDto)
  shippingAddress?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true, description: 'The shipping address when absent or null' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @ValidateNested()
  @Type(() => PostalAddressDto)
  billingAddress?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One of the cart’s deliveryOptions' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'must be a shipping method id' })
  shippingMethodId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'WELCOME10' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(40)
  discountCode?: string | null;
}
