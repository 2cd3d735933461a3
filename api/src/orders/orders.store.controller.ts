import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../auth/access/principal';
import { ApiProblems } from '../platform/openapi/api-problems';
import { Page, PageOf, PageQuery } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { CustomerOrderSummaryView, OrderView } from './dto/order.view';
import { OrderQueries } from './order-queries.service';

@ApiTags('store · orders')
@Controller('store/me/orders')
@CustomerOnly()
export class OrdersStoreController {
  constructor(private readonly orders: OrderQueries) {}

  @Get()
  @ApiOperation({ operationId: 'storeListMyOrders', summary: "The signed-in customer's orders, newest first" })
  @ApiOkResponse({ type: PageOf(CustomerOrderSummaryView) })
  @ApiProblems(400)
  list(@Actor() customer: CustomerPrincipal, @Query() query: PageQuery): Promise<Page<CustomerOrderSummaryView>> {
    return this.orders.listOfCustomer(customer.id, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'storeGetMyOrder', summary: 'One of the signed-in customer’s orders' })
  @ApiOkResponse({ type: OrderView })
  @ApiProblems(400, 404)
  get(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.ofCustomer(customer.id, id);
  }
}
