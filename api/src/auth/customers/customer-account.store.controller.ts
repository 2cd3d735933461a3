import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { CustomerOnly } from '../access/access-policy';
import { Actor, type CustomerPrincipal } from '../access/principal';
import { PasswordChanger } from '../passwords/password-changer.service';
import { CustomerProfile } from './customer-profile.service';
import { ChangePasswordDto } from '../passwords/password.dto';
import { CustomerView } from './dto/customer.view';

@ApiTags('store · account')
@Controller('store/me')
@CustomerOnly()
export class CustomerAccountStoreController {
  constructor(
    private readonly profile: CustomerProfile,
    private readonly passwords: PasswordChanger,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'storeGetMe', summary: 'The signed-in customer' })
  @ApiOkResponse({ type: CustomerView })
  me(@Actor() principal: CustomerPrincipal): Promise<CustomerView> {
    return this.profile.get(principal);
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
