import { ApiProperty } from '@nestjs/swagger';
import { OrderView } from '../../orders/dto/order.view';

export class PaymentActionView {
  @ApiProperty({
    enum: ['redirect', 'confirm'],
    description: 'redirect: send the shopper to `url`. confirm: finish in the page with `clientSecret` (Stripe).',
  })
  type: 'redirect' | 'confirm';
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, nullable: true }) clientSecret: string | null;
}

export class CheckoutResultView {
  @ApiProperty({ enum: ['placed', 'requires_action'], description: 'requires_action: do `action`, then POST checkout again to finish' })
  status: 'placed' | 'requires_action';
  @ApiProperty({ format: 'uuid' }) paymentId: string;
  @ApiProperty({ type: OrderView, nullable: true }) order: OrderView | null;
  @ApiProperty({ type: PaymentActionView, nullable: true }) action: PaymentActionView | null;
}

export class CancelledCheckoutView {
  @ApiProperty({
    enum: ['open', 'placed'],
    description: 'open: no payment is under way any more and the cart can change. placed: the money had been taken after all; see order.',
  })
  status: 'open' | 'placed';
  @ApiProperty({ type: OrderView, nullable: true }) order: OrderView | null;
}
