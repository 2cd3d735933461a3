import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import type { StockActor } from '../../inventory/ledger/stock-movement';
import { CurrentStockActor as CurrentActor } from '../../inventory/stock-actor.decorator';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { PostalAddressDto } from '../../shipping/dto/postal-address.dto';
import { AdminOrderView } from '../dto/admin-order.dto';
import { OrderAdminQueries } from '../admin/order-admin-queries.service';
import { CancelOrderDto, FulfilOrderDto, OrderNoteDto, TrackingDto } from './dto/order-commands.dto';
import { OrderCancellation } from './order-cancellation.service';
import { OrderEdits } from './order-edits.service';
import { OrderFulfilment } from './order-fulfilment.service';

/**
 * The steps of an order after placement. Each answers the order as it stands afterwards; a step the
 * order's state does not allow is a 409 whose `code` and `detail` say why.
 */
@ApiTags('admin · orders')
@Controller('admin/orders/:id')
export class OrderLifecycleAdminController {
  constructor(
    private readonly fulfilment: OrderFulfilment,
    private readonly cancellation: OrderCancellation,
    private readonly edits: OrderEdits,
    private readonly queries: OrderAdminQueries,
  ) {}

  @Post('fulfillments')
  @RequirePermission('orders:fulfil')
  @ApiOperation({
    operationId: 'adminFulfilOrder',
    summary: 'Fulfil all or some lines from a stock location, with carrier, tracking number and tracking link',
  })
  @ApiCreatedResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async fulfil(@UuidParam('id') id: string, @Body() body: FulfilOrderDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.fulfilment.fulfil(id, body, actor);
    return this.queries.get(id);
  }

  @Post('shipment')
  @HttpCode(200)
  @RequirePermission('orders:fulfil')
  @ApiOperation({ operationId: 'adminShipOrder', summary: 'Mark the order shipped (tracking given here fills parcels that have none)' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async ship(@UuidParam('id') id: string, @Body() body: TrackingDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.fulfilment.ship(id, body, actor);
    return this.queries.get(id);
  }

  @Post('delivery')
  @HttpCode(200)
  @RequirePermission('orders:fulfil')
  @ApiOperation({ operationId: 'adminDeliverOrder', summary: 'Mark the order delivered' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async deliver(@UuidParam('id') id: string, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.fulfilment.deliver(id, actor);
    return this.queries.get(id);
  }

  @Post('completion')
  @HttpCode(200)
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminCompleteOrder', summary: 'Complete a delivered and paid order, closing its books' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async complete(@UuidParam('id') id: string, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.fulfilment.complete(id, actor);
    return this.queries.get(id);
  }

  @Post('cancellation')
  @HttpCode(200)
  @RequirePermission('orders:manage')
  @ApiOperation({
    operationId: 'adminCancelOrder',
    summary: 'Cancel the order: stock goes back, an authorization is voided, money taken is refunded',
  })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async cancel(@UuidParam('id') id: string, @Body() body: CancelOrderDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.cancellation.cancel(id, body, actor);
    return this.queries.get(id);
  }

  @Put('shipping-address')
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminChangeOrderShippingAddress', summary: 'Change the shipping address before anything is packed' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404, 409)
  async changeAddress(
    @UuidParam('id') id: string,
    @Body() body: PostalAddressDto,
    @CurrentActor() actor: StockActor,
  ): Promise<AdminOrderView> {
    await this.edits.changeShippingAddress(id, body, actor);
    return this.queries.get(id);
  }

  @Post('notes')
  @RequirePermission('orders:manage')
  @ApiOperation({ operationId: 'adminAddOrderNote', summary: 'Add an internal note to the timeline (never shown to the customer)' })
  @ApiCreatedResponse({ type: AdminOrderView })
  @ApiProblems(400, 404)
  async addNote(@UuidParam('id') id: string, @Body() body: OrderNoteDto, @CurrentActor() actor: StockActor): Promise<AdminOrderView> {
    await this.edits.addNote(id, body.text, actor);
    return this.queries.get(id);
  }
}
