import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Permission, PERMISSIONS } from '../../access/permissions';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'ERP stock sync', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({
    enum: PERMISSIONS,
    enumName: 'Permission',
    isArray: true,
    description: 'What the key may do; at most what you may do yourself',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PERMISSIONS.length)
  @ArrayUnique()
  @IsIn(PERMISSIONS, { each: true, message: 'each value must be a known permission' })
  scopes: Permission[];

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When the key stops working; none by default' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}
