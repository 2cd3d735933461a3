import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrderAdminQueries } from './admin/order-admin-queries.service';
import { OrdersAdminController } from './admin/orders.admin.controller';
import { InventoryModule } from '../inventory/inventory.module';
import { PaymentsModule } from '../payments/payments.module';
import { OrderCancellation } from './lifecycle/order-cancellation.service';
import { OrderEdits } from './lifecycle/order-edits.service';
import { OrderFulfilment } from './lifecycle/order-fulfilment.service';
import { OrderLifecycleAdminController } from './lifecycle/order-lifecycle.admin.controller';
import { OrderRefunds } from './lifecycle/order-refunds.service';
import { OrderReturns } from './lifecycle/order-returns.service';
import { OrderReturnsAdminController } from './lifecycle/order-returns.admin.controller';
import { OrderStock } from './lifecycle/order-stock';
import { OrderMessagesModule } from './messages/order-messages.module';
import { OrderLookupStoreController } from './order-lookup.store.controller';
import { OrderPlacement } from './order-placement.service';
import { OrderQueries } from './order-queries.service';
import { OrdersStoreController } from './orders.store.controller';

/** Orders: placing them (for the checkout), reading them, and their life after: fulfilment, cancellation, refunds, returns. */
@Module({
  imports: [NotificationsModule, InventoryModule, PaymentsModule, OrderMessagesModule],
  controllers: [
    OrdersStoreController,
    OrderLookupStoreController,
    OrdersAdminController,
    OrderLifecycleAdminController,
    OrderReturnsAdminController,
  ],
  providers: [
    OrderPlacement,
    OrderQueries,
    OrderAdminQueries,
    OrderStock,
    OrderFulfilment,
    OrderCancellation,
    OrderRefunds,
    OrderReturns,
    OrderEdits,
  ],
  exports: [OrderPlacement, OrderQueries],
})
export class OrdersModule {}
