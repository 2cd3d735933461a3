import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Public } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { OrderLookupDto } from './dto/order-lookup.dto';
import { OrderView } from './dto/order.view';
import { OrderQueries } from './order-queries.service';

@ApiTags('store · orders')
@Controller('store/orders/lookup')
@Public()
export class OrderLookupStoreController {
  constructor(private readonly orders: OrderQueries) {}

  @Post()
  @HttpCode(200)
  // Number and email together are the key: a few tries a minute per address keep guessing pointless.
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOperation({
    operationId: 'storeLookUpOrder',
    summary: 'A guest finds their order by its number and the email it was placed with',
    description: 'A wrong number and a wrong email answer the same 404, so the answer never confirms either alone.',
  })
  @ApiOkResponse({ type: OrderView })
  @ApiProblems(400, 404, 429)
  lookUp(@Body() body: OrderLookupDto): Promise<OrderView> {
    return this.orders.byNumberAndEmail(body.number, body.email);
  }
}
