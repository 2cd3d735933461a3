import { ApiProperty } from '@nestjs/swagger';

/** What sign-in and refresh answer, on both surfaces. */
export class TokenPairView {
  @ApiProperty({ description: 'Short-lived JWT; send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ description: 'Single-use token for POST .../auth/refresh; each use returns a new one', example: 'tp_rt_...' })
  refreshToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType: 'Bearer';
}
