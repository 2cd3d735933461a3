import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PHONE_PATTERN } from '../../../shipping/dto/postal-address.dto';
import { ExistingPassword } from '../../passwords/password.dto';
import { normaliseEmail } from './customer-auth.dto';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What the customer may change about themselves; a field left out stays as it is. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: 100, example: 'Ada' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'Lovelace' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 30, example: '+31 20 123 4567', description: 'null or "" removes it' })
  @Transform(trimmed)
  @ValidateIf((_, value) => value !== undefined && value !== null && value !== '')
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'must be a phone number' })
  phone?: string | null;
}

export class ChangeEmailDto {
  @ApiProperty({ format: 'email', example: 'ada@example.org', maxLength: 254 })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  newEmail: string;

  /** Asked again: whoever holds a stolen session must not be able to take the account over by its email. */
  @ExistingPassword()
  password: string;
}
