import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OptionalCustomer } from '../auth/access/access-policy';
import type { CartRequester } from '../cart/cart-access.service';
import { CartAccess } from '../cart/cart-access.service';
import { CartTokenHeader, Requester } from '../cart/cart-requester.decorator';
import { OrderView } from '../orders/dto/order.view';
import { OrderQueries } from '../orders/order-queries.service';
import { NotFound } from '../platform/errors/domain-error';
import { Idempotent } from '../platform/idempotency/idempotent.decorator';
import { ApiProblems } from '../platform/openapi/api-problems';
import { UuidParam } from '../platform/validation/uuid-param';
import { Checkout } from './checkout.service';
import { CheckoutDto } from './dto/checkout.dto';
import { CancelledCheckoutView, CheckoutResultView } from './dto/checkout-result.view';
import { CheckoutAbandonment } from './checkout-abandonment.service';
import type { CheckoutSnapshot } from './checkout-snapshot';

@ApiTags('store · checkout')
@Controller('store/carts/:id')
@OptionalCustomer()
@CartTokenHeader()
export class CheckoutStoreController {
  constructor(
    private readonly checkout: Checkout,
    private readonly access: CartAccess,
    private readonly abandonment: CheckoutAbandonment,
    private readonly orders: OrderQueries,
  ) {}

  @Post('checkout')
  @Idempotent()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'storeCheckout',
    summary:
      'Pay and place the order: holds the stock, takes the payment, answers the order (201) or the approval step the shopper must take (202)',
    description:
      'Send it again after an approval step to finish. One order per cart, whether the browser or the provider’s webhook gets there first. Declined: 402, and the cart is as it was.',
  })
  @ApiCreatedResponse({ type: CheckoutResultView, description: 'The order is placed' })
  @ApiAcceptedResponse({ type: CheckoutResultView, description: 'The shopper must approve the payment (see action), then send this again' })
  @ApiProblems(400, 402, 404, 409, 422)
  async place(
    @Requester() who: CartRequester,
    @UuidParam('id') id: string,
    @Body() body: CheckoutDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CheckoutResultView> {
    const result = await this.checkout.checkout(who, id, body);
    if (result.status === 'requires_action') response.status(202);
    return result;
  }

  @Post('checkout/cancel')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'storeCancelCheckout',
    summary: 'Stop a payment under way: cancelled at the provider, the stock released, the cart open again',
    description: 'When the provider says the money was taken after all, the order is placed instead (status placed). Safe to send twice.',
  })
  @ApiOkResponse({ type: CancelledCheckoutView })
  @ApiProblems(404, 502)
  async cancel(@Requester() who: CartRequester, @UuidParam('id') id: string): Promise<CancelledCheckoutView> {
    const cart = await this.access.read(id, who);
    const paymentId = cart.status === 'checking_out' ? (cart.checkout as CheckoutSnapshot | null)?.paymentId : undefined;
    if (paymentId) await this.abandonment.settle(id, paymentId, { providerMustAnswer: true });
    const order = await this.orders.ofCart(id);
    return order ? { status: 'placed', order } : { status: 'open', order: null };
  }

  @Get('order')
  @ApiOperation({ operationId: 'storeGetCartOrder', summary: 'The order a cart became, for its confirmation page' })
  @ApiOkResponse({ type: OrderView })
  @ApiProblems(404)
  async order(@Requester() who: CartRequester, @UuidParam('id') id: string): Promise<OrderView> {
    await this.access.read(id, who);
    const order = await this.orders.ofCart(id);
    if (!order) throw new NotFound('order');
    return order;
  }
}
