import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import type { StockActor } from '../../inventory/ledger/stock-movement';
import { CurrentStockActor as CurrentActor } from '../../inventory/stock-actor.decorator';
import { Idempotent } from '../../platform/idempotency/idempotent.decorator';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { AdminOrderView } from '../dto/admin-order.dto';
import { OrderAdminQueries } from '../admin/order-admin-queries.service';
import { CreateReturnDto, ReceiveReturnDto, RefundOrderDto } from './dto/order-commands.dto';
import { OrderRefunds } from './order-refunds.service';
import { OrderReturns } from './order-returns.service';

/** Money and goods coming back: refunds through the payment provider, and returns from request to receipt. */
@ApiTags('admin · orders')
@Controller('admin/orders/:id')
export class OrderReturnsAdminController {
  constructor(
    private readonly refunds: OrderRefunds,
    private readonly returns: OrderReturns,
    private readonly queries: OrderAdminQueries,
  ) {}

  @Post('refunds')
  @Idempotent()
  @RequirePermission('orders:refund')
  @ApiOperation({
    operationId: 'adminRefundOrder',
    summary: 'Refund all or part of what was paid, through the payment provider; never more than was paid',
  })
  @ApiCreatedResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409, 502)
  async refund(@UuidParam('id') id: string, @Body() body: RefundOrderDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.refunds.refund(id, body, actor);
    return this.queries.get(id);
  }

  @Post('returns')
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminRequestReturn', summary: 'Open a return for shipped items' })
  @ApiCreatedResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async request(@UuidParam('id') id: string, @Body() body: CreateReturnDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.returns.request(id, body, actor);
    return this.queries.get(id);
  }

  @Post('returns/:returnId/approval')
  @HttpCode(200)
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminApproveReturn', summary: 'Approve a requested return' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async approve(
    @UuidParam('id') id: string,
    @UuidParam('returnId') returnId: string,
    @CurrentActor() actor: StockActor,
  ): Promise<AdminOrderView> {
    await this.returns.approve(id, returnId, actor);
    return this.queries.get(id);
  }

  @Post('returns/:returnId/rejection')
  @HttpCode(200)
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminRejectReturn', summary: 'Reject a return not yet received' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async reject(
    @UuidParam('id') id: string,
    @UuidParam('returnId') returnId: string,
    @CurrentActor() actor: StockActor,
  ): Promise<AdminOrderView> {
    await this.returns.reject(id, returnId, actor);
    return this.queries.get(id);
  }

  @Post('returns/:returnId/receipt')
  @HttpCode(200)
  @RequirePermission('orders:manage')
  @ApiOperation({
    operationId: 'adminReceiveReturn',
    summary: 'Receive an approved return at a location: each unit restocked or written off as damaged',
  })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async receive(
    @UuidParam('id') id: string,
    @UuidParam('returnId') returnId: string,
    @Body() body: ReceiveReturnDto,
    @CurrentActor() actor: StockActor,
  ): Promise<AdminOrderView> {
    await this.returns.receive(id, returnId, body, actor);
    return this.queries.get(id);
  }
}
