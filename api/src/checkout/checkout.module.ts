import { Module } from '@nestjs/common';
import { CartModule } from '../cart/cart.module';
import { InventoryModule } from '../inventory/inventory.module';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { PromotionsModule } from '../promotions/promotions.module';
import { Checkout } from './checkout.service';
import { CheckoutAbandonment } from './checkout-abandonment.service';
import { CheckoutFollowups } from './checkout-followups.processor';
import { CheckoutStart } from './checkout-start.service';
import { CheckoutStoreController } from './checkout.store.controller';
import { OrderCompletion } from './order-completion.service';

/** From a cart to an order: stock held, payment taken, one order per cart, whoever finishes it. */
@Module({
  imports: [CartModule, InventoryModule, OrdersModule, PaymentsModule, PromotionsModule],
  controllers: [CheckoutStoreController],
  providers: [Checkout, CheckoutStart, OrderCompletion, CheckoutAbandonment, CheckoutFollowups],
})
export class CheckoutModule {}
