import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { CustomerOnly } from '../access/access-policy';
import { Actor, type CustomerPrincipal } from '../access/principal';
import { PasswordChanger } from '../passwords/password-changer.service';
import { CustomerEmailChange } from './customer-email-change.service';
import { CustomerProfile } from './customer-profile.service';
import { ChangePasswordDto } from '../passwords/password.dto';
import { ChangeEmailDto, UpdateProfileDto } from './dto/customer-account.dto';
import { CustomerView } from './dto/customer.view';

@ApiTags('store · account')
@Controller('store/me')
@CustomerOnly()
export class CustomerAccountStoreController {
  constructor(
    private readonly profile: CustomerProfile,
    private readonly passwords: PasswordChanger,
    private readonly emails: CustomerEmailChange,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'storeGetMe', summary: 'The signed-in customer' })
  @ApiOkResponse({ type: CustomerView })
  me(@Actor() principal: CustomerPrincipal): Promise<CustomerView> {
    return this.profile.get(principal);
  }

  @Patch()
  @ApiOperation({ operationId: 'storeUpdateMe', summary: 'Change the name or phone number; fields left out stay' })
  @ApiOkResponse({ type: CustomerView })
  @ApiProblems(400, 401)
  update(@Actor() principal: CustomerPrincipal, @Body() body: UpdateProfileDto): Promise<CustomerView> {
    return this.profile.update(principal, body);
  }

  @Post('email')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'storeChangeEmail',
    summary: 'Change the sign-in email, confirmed with the password; the old address is told',
  })
  @ApiOkResponse({ type: CustomerView })
  @ApiProblems(400, 401, 409, 429)
  changeEmail(@Actor() principal: CustomerPrincipal, @Body() body: ChangeEmailDto): Promise<CustomerView> {
    return this.emails.change(principal, body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ operationId: 'storeChangePassword', summary: 'Change the password; other sessions end' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiProblems(400)
  changePassword(@Actor() principal: CustomerPrincipal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.passwords.change({ type: 'customer', id: principal.id, sessionId: principal.sessionId }, body);
  }
}
