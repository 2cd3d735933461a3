import { Body, Controller, Delete, HttpCode } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { AccountDeletion } from './account-deletion.service';
import { DeleteAccountDto } from './dto/delete-account.dto';

@ApiTags('store · account')
@Controller('store/me')
@CustomerOnly()
export class AccountDeletionStoreController {
  constructor(private readonly deletion: AccountDeletion) {}

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'storeDeleteMe',
    summary: 'Delete the account, confirmed with the password: personal data is anonymized, orders stay for the books',
  })
  @ApiNoContentResponse({ description: 'Deleted; every session has ended' })
  @ApiProblems(400, 401, 409, 429, 502)
  delete(@Actor() customer: CustomerPrincipal, @Body() body: DeleteAccountDto): Promise<void> {
    return this.deletion.delete(customer, body);
  }
}
