import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly, OptionalCustomer } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { UuidParam } from '../platform/validation/uuid-param';
import type { CartRequester } from './cart-access.service';
import { CartTokenHeader, Requester } from './cart-requester.decorator';
import { CartDetails } from './cart-details.service';
import { Carts } from './carts.service';
import { UpdateCartDto } from './dto/cart-details.dto';
import { CreateCartDto } from './dto/cart-line.dto';
import { CartView, CreatedCartView } from './dto/cart.view';

@ApiTags('store · cart')
@Controller('store/carts')
@OptionalCustomer()
@CartTokenHeader()
export class CartsStoreController {
  constructor(
    private readonly carts: Carts,
    private readonly details: CartDetails,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'storeCreateCart',
    summary: "Start a cart: a guest's new cart with its token, or the signed-in customer's cart (made when they have none)",
  })
  @ApiCreatedResponse({ type: CreatedCartView })
  @ApiProblems(400)
  create(@Requester() who: CartRequester, @Body() body: CreateCartDto): Promise<CreatedCartView> {
    return this.carts.create(who.customerId, body.currency, body.lines);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'storeGetCart', summary: 'A cart with its lines at today’s prices and stock' })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(404)
  get(@Requester() who: CartRequester, @UuidParam('id') id: string): Promise<CartView> {
    return this.carts.get(who, id);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'storeUpdateCart',
    summary: 'Checkout details: email, shipping and billing address, delivery method, discount code (each may come alone; null clears)',
  })
  @ApiOkResponse({ type: CartView })
  @ApiProblems(400, 404, 409)
  update(@Requester() who: CartRequester, @UuidParam('id') id: string, @Body() body: UpdateCartDto): Promise<CartView> {
    return this.details.update(who, id, body);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @CustomerOnly()
  @ApiOperation({
    operationId: 'storeClaimCart',
    summary: 'After signing in: make a guest cart (proved by its X-Cart-Token) the customer’s, merging it into theirs when they have one',
  })
  @ApiOkResponse({ type: CartView, description: "The customer's cart" })
  @ApiProblems(404, 409)
  claim(@Requester() who: CartRequester, @UuidParam('id') id: string): Promise<CartView> {
    return this.carts.claim(who.customerId!, id, who.token);
  }
}
