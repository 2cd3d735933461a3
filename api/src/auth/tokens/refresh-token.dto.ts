import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({ example: 'tp_rt_...' })
  @IsString()
  @MaxLength(200)
  @Matches(/^tp_rt_[A-Za-z0-9_-]+$/, { message: 'must be a refresh token (tp_rt_...)' })
  refreshToken: string;
}
