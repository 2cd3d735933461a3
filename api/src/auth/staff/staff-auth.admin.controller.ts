import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Public } from '../access/access-policy';
import { Actor } from '../access/principal';
import { SignInGuard } from '../access/sign-in.guard';
import { SignInDto } from '../customers/dto/customer-auth.dto';
import { RefreshTokenDto } from '../tokens/refresh-token.dto';
import { TokenPairView } from '../tokens/token-pair.view';
import { AcceptInviteDto } from './dto/staff.dto';
import { StaffSignIn } from './staff-sign-in.service';
import type { StaffUser } from './staff-user.entity';

@ApiTags('admin · auth')
@Controller('admin/auth')
@Public()
export class StaffAuthAdminController {
  constructor(private readonly signIn: StaffSignIn) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(SignInGuard('staff-local'))
  @ApiOperation({ operationId: 'adminLogin', summary: 'Staff sign-in with email and password' })
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: TokenPairView })
  @ApiProblems(400, 401, 429)
  login(@Actor() staff: StaffUser): Promise<TokenPairView> {
    return this.signIn.signIn(staff);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRefreshToken', summary: 'Exchange a staff refresh token for a new token pair' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiProblems(400, 401, 429)
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPairView> {
    return this.signIn.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminLogout', summary: 'Staff sign-out: end the session of this refresh token' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(400, 429)
  logout(@Body() body: RefreshTokenDto): Promise<void> {
    return this.signIn.signOut(body.refreshToken);
  }

  @Post('accept-invite')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminAcceptInvite', summary: 'Accept a staff invitation: choose a password and sign in' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiProblems(400, 401, 429)
  acceptInvite(@Body() body: AcceptInviteDto): Promise<TokenPairView> {
    return this.signIn.acceptInvite(body.token, body.password);
  }
}
