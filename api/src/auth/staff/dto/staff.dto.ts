import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role, ROLES } from '../../access/permissions';
import { NewPassword } from '../../passwords/password.dto';
import { EmailField } from '../../customers/dto/customer-auth.dto';

export class InviteStaffDto extends EmailField {
  @ApiProperty({ example: 'Grace Hopper', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'StaffRole' })
  @IsIn(ROLES)
  role: Role;
}

export class UpdateStaffDto {
  @ApiPropertyOptional({ enum: ROLES, enumName: 'StaffRole' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'deactivated'], description: 'Deactivating ends every session at once' })
  @IsOptional()
  @IsIn(['active', 'deactivated'])
  status?: 'active' | 'deactivated';

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}

export class AcceptInviteDto {
  @ApiProperty({ description: 'The token from the invitation link', example: 'tp_ot_...' })
  @IsString()
  @MaxLength(200)
  token: string;

  @NewPassword()
  password: string;
}
