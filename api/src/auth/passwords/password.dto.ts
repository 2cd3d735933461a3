import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** A new password: long enough to resist guessing, bounded so hashing cannot be abused. */
export const NewPassword = () =>
  applyDecorators(
    ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH, format: 'password', example: 'correct horse battery' }),
    IsString(),
    MinLength(MIN_PASSWORD_LENGTH),
    MaxLength(MAX_PASSWORD_LENGTH),
  );

/** A password being checked: any string up to the bound. */
export const ExistingPassword = () =>
  applyDecorators(
    ApiProperty({ maxLength: MAX_PASSWORD_LENGTH, format: 'password' }),
    IsString(),
    MinLength(1),
    MaxLength(MAX_PASSWORD_LENGTH),
  );

export class ChangePasswordDto {
  @ExistingPassword()
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}
