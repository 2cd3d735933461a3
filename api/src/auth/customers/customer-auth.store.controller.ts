import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Public } from '../access/access-policy';
import { Actor } from '../access/principal';
import { SignInGuard } from '../access/sign-in.guard';
import { RefreshTokenDto } from '../tokens/refresh-token.dto';
import { TokenPairView } from '../tokens/token-pair.view';
import { CustomerPasswords } from './customer-passwords.service';
import { CustomerRegistration } from './customer-registration.service';
import { CustomerSignIn } from './customer-sign-in.service';
import type { Customer } from './customer.entity';
import { RegisterCustomerDto, RequestPasswordResetDto, ResetPasswordDto, SignInDto } from './dto/customer-auth.dto';

@ApiTags('store · auth')
@Controller('store/auth')
@Public()
export class CustomerAuthStoreController {
  constructor(
    private readonly registration: CustomerRegistration,
    private readonly signIn: CustomerSignIn,
    private readonly passwords: CustomerPasswords,
  ) {}

  @Post('register')
  @ApiOperation({ operationId: 'storeRegister', summary: 'Create a customer account and sign in' })
  @ApiCreatedResponse({ type: TokenPairView })
  @ApiProblems(400, 409, 413, 429)
  register(@Body() body: RegisterCustomerDto): Promise<TokenPairView> {
    return this.registration.register(body);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(SignInGuard('customer-local'))
  @ApiOperation({ operationId: 'storeLogin', summary: 'Sign in with email and password' })
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: TokenPairView })
  @ApiProblems(400, 401, 429)
  login(@Actor() customer: Customer): Promise<TokenPairView> {
    return this.signIn.signIn(customer);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'storeRefreshToken', summary: 'Exchange a refresh token for a new token pair' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiProblems(400, 401, 429)
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPairView> {
    return this.signIn.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'storeLogout', summary: 'Sign out: end the session of this refresh token' })
  @ApiNoContentResponse({ description: 'Signed out (also when the token was already spent or unknown)' })
  @ApiProblems(400, 429)
  logout(@Body() body: RefreshTokenDto): Promise<void> {
    return this.signIn.signOut(body.refreshToken);
  }

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ operationId: 'storeRequestPasswordReset', summary: 'Email a password reset link' })
  @ApiAcceptedResponse({ description: 'Accepted whether or not the email has an account' })
  @ApiProblems(400, 429)
  requestReset(@Body() body: RequestPasswordResetDto): Promise<void> {
    return this.passwords.requestReset(body.email);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ operationId: 'storeResetPassword', summary: 'Set a new password with the emailed token' })
  @ApiNoContentResponse({ description: 'Password changed; every session was ended' })
  @ApiProblems(400, 429)
  reset(@Body() body: ResetPasswordDto): Promise<void> {
    return this.passwords.reset(body);
  }
}
