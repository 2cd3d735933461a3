import { Body, Controller, Delete, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalCustomer } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { UuidParam } from '../platform/validation/uuid-param';
import type { CartRequester } from './cart-access.service';
import { CartLines } from './cart-lines.service';
import { CartTokenHeader, Requester } from './cart-requester.decorator';
import { AddCartLineDto, ChangeCartLineDto } from './dto/cart-line.dto';
import { CartView } from './dto/cart.view';

@ApiTags('store · cart')
@Controller('store/carts/:id/lines')
@OptionalCustomer()
@CartTokenHeader()
export class CartLinesStoreController {
  constructor(private readonly lines: CartLines) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'storeAddCartLine',
    summary: 'Add units of a variant (they add up with the same variant already in the cart)',
  })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(400, 404, 409)
  add(@Requester() who: CartRequester, @UuidParam('id') id: string, @Body() body: AddCartLineDto): Promise<CartView> {
    return this.lines.add(who, id, body);
  }

  @Patch(':lineId')
  @ApiOperation({ operationId: 'storeChangeCartLine', summary: 'Change the quantity of a line' })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(400, 404, 409)
  change(
    @Requester() who: CartRequester,
    @UuidParam('id') id: string,
    @UuidParam('lineId') lineId: string,
    @Body() body: ChangeCartLineDto,
  ): Promise<CartView> {
    return this.lines.update(who, id, lineId, body);
  }

  @Delete(':lineId')
  @ApiOperation({ operationId: 'storeRemoveCartLine', summary: 'Take a line out of the cart' })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(404, 409)
  remove(@Requester() who: CartRequester, @UuidParam('id') id: string, @UuidParam('lineId') lineId: string): Promise<CartView> {
    return this.lines.remove(who, id, lineId);
  }

  @Delete()
  @ApiOperation({ operationId: 'storeClearCart', summary: 'Take every line out of the cart' })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(404, 409)
  clear(@Requester() who: CartRequester, @UuidParam('id') id: string): Promise<CartView> {
    return this.lines.clear(who, id);
  }
}
