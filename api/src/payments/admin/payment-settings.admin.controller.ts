import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UpdatePaymentSettingsDto } from '../dto/payment-settings.dto';
import { PaymentSettingsView } from '../dto/payment-settings.view';
import { PaymentSettings } from '../settings/payment-settings.service';

@ApiTags('admin · payments')
@Controller('admin/payments/settings')
export class PaymentSettingsAdminController {
  constructor(private readonly settings: PaymentSettings) {}

  @Get()
  @RequirePermission('settings:read')
  @ApiOperation({
    operationId: 'adminGetPaymentSettings',
    summary: 'Payment providers, where each is offered, and whether their secrets are set',
  })
  @ApiOkResponse({ type: PaymentSettingsView })
  get(): Promise<PaymentSettingsView> {
    return this.settings.view();
  }

  @Put()
  @RequirePermission('settings:manage')
  @ApiOperation({
    operationId: 'adminUpdatePaymentSettings',
    summary: 'Replace the payment set-up; secrets left out are kept, null removes one',
  })
  @ApiOkResponse({ type: PaymentSettingsView })
  @ApiProblems(400)
  replace(@Body() body: UpdatePaymentSettingsDto): Promise<PaymentSettingsView> {
    return this.settings.replace(body);
  }
}
