import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { ConfirmSandboxSetupDto, SandboxPaymentView, SandboxSetupView } from '../dto/sandbox.dto';
import { SandboxApprovals } from '../providers/sandbox/sandbox-approvals.service';

/**
 * The built-in sandbox provider's shopper-facing side: what a real provider's hosted page and card form do.
 * Public, as those are: a reference is 96 random bits, and a client secret confirms one setup only.
 */
@ApiTags('store · payments')
@Controller('store/payments/sandbox')
@Public()
export class SandboxPaymentsStoreController {
  constructor(private readonly approvals: SandboxApprovals) {}

  @Get(':reference')
  @ApiOperation({ operationId: 'storeGetSandboxPayment', summary: 'A sandbox payment waiting for approval, for its approval page' })
  @ApiOkResponse({ type: SandboxPaymentView })
  @ApiProblems(404, 429)
  get(@Param('reference') reference: string): Promise<SandboxPaymentView> {
    return this.approvals.get(reference);
  }

  @Post(':reference/approve')
  @HttpCode(200)
  @ApiOperation({ operationId: 'storeApproveSandboxPayment', summary: 'Approve a sandbox payment, as the shopper on its approval page' })
  @ApiOkResponse({ type: SandboxPaymentView })
  @ApiProblems(404, 409, 429)
  approve(@Param('reference') reference: string): Promise<SandboxPaymentView> {
    return this.approvals.approve(reference);
  }

  @Post(':reference/decline')
  @HttpCode(200)
  @ApiOperation({ operationId: 'storeDeclineSandboxPayment', summary: 'Turn a sandbox payment down, as the shopper on its approval page' })
  @ApiOkResponse({ type: SandboxPaymentView })
  @ApiProblems(404, 409, 429)
  decline(@Param('reference') reference: string): Promise<SandboxPaymentView> {
    return this.approvals.decline(reference);
  }

  @Post('setups/confirm')
  @HttpCode(200)
  @ApiOperation({ operationId: 'storeConfirmSandboxSetup', summary: 'Confirm a sandbox card setup with a test card, as Stripe.js would' })
  @ApiOkResponse({ type: SandboxSetupView })
  @ApiProblems(400, 404, 429)
  confirmSetup(@Body() body: ConfirmSandboxSetupDto): Promise<SandboxSetupView> {
    return this.approvals.confirmSetup(body.clientSecret, body.token);
  }
}
