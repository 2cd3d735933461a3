import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { ExistingPassword, NewPassword } from '../../passwords/password.dto';

/** Emails are compared and stored trimmed and lower-cased (the customers table checks it). */
export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class EmailField {
  @ApiProperty({ format: 'email', example: 'ada@example.com', maxLength: 254 })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;
}

export class RegisterCustomerDto extends EmailField {
  @NewPassword()
  password: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'Ada' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'Lovelace' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;
}

export class SignInDto extends EmailField {
  @ExistingPassword()
  password: string;
}

export class RequestPasswordResetDto extends EmailField {}

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token from the emailed link', example: 'tp_ot_...' })
  @IsString()
  @MaxLength(200)
  token: string;

  @NewPassword()
  newPassword: string;
}
