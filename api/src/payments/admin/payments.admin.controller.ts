import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { Actor, type AdminPrincipal } from '../../auth/access/principal';
import { Idempotent } from '../../platform/idempotency/idempotent.decorator';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { CashCollections } from '../cash/cash-collections.service';
import { PaymentView, RecordCashCollectionDto } from '../dto/payment.view';
import { PaymentQueries } from '../payment-queries.service';

@ApiTags('admin · payments')
@Controller('admin/payments')
export class PaymentsAdminController {
  constructor(
    private readonly queries: PaymentQueries,
    private readonly cash: CashCollections,
  ) {}

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({ operationId: 'adminGetPayment', summary: 'A payment with its refunds, and whether its books add up' })
  @ApiOkResponse({ type: PaymentView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<PaymentView> {
    return this.queries.get(id);
  }

  @Post(':id/cash-collections')
  @RequirePermission('orders:manage')
  @Idempotent()
  @ApiOperation({ operationId: 'adminRecordCashCollection', summary: 'Record cash collected for a cash-on-delivery payment' })
  @ApiCreatedResponse({ type: PaymentView })
  @ApiProblems(400, 404, 409)
  collect(@UuidParam('id') id: string, @Body() body: RecordCashCollectionDto, @Actor() actor: AdminPrincipal): Promise<PaymentView> {
    return this.cash.collect(id, body.amount, { kind: actor.kind, id: actor.id });
  }
}
