import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Page, PageOf } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { AdminOrderSummaryView, AdminOrderView, ListOrdersQuery } from '../dto/admin-order.dto';
import { OrderAdminQueries } from './order-admin-queries.service';

@ApiTags('admin · orders')
@Controller('admin/orders')
export class OrdersAdminController {
  constructor(private readonly queries: OrderAdminQueries) {}

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({
    operationId: 'adminListOrders',
    summary: 'Orders, newest first, filtered by status, payment and fulfilment state, dates, customer, total, or a search',
  })
  @ApiOkResponse({ type: PageOf(AdminOrderSummaryView) })
  @ApiProblems(400)
  list(@Query() query: ListOrdersQuery): Promise<Page<AdminOrderSummaryView>> {
    return this.queries.list(query);
  }

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({ operationId: 'adminGetOrder', summary: 'An order with its lines, totals, addresses, payments and timeline' })
  @ApiOkResponse({ type: AdminOrderView })
  @ApiProblems(400, 404)
  get(@UuidParam('id') id: string): Promise<AdminOrderView> {
    return this.queries.get(id);
  }
}
