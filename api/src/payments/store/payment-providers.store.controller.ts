import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { OfferedProvidersQuery, OfferedProvidersView } from '../dto/offered-providers.dto';
import { PaymentProviders } from '../payment-providers.service';

@ApiTags('store · payments')
@Controller('store/payments/providers')
@Public()
export class PaymentProvidersStoreController {
  constructor(private readonly providers: PaymentProviders) {}

  @Get()
  @ApiOperation({
    operationId: 'storeListPaymentProviders',
    summary: 'The ways to pay offered for a country and order total, with their public keys',
  })
  @ApiOkResponse({ type: OfferedProvidersView })
  @ApiProblems(400, 429)
  async list(@Query() query: OfferedProvidersQuery): Promise<OfferedProvidersView> {
    return { providers: await this.providers.offered(query) };
  }
}
