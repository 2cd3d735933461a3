import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrderAdminQueries } from './admin/order-admin-queries.service';
import { OrdersAdminController } from './admin/orders.admin.controller';
import { OrderLookupStoreController } from './order-lookup.store.controller';
import { OrderPlacement } from './order-placement.service';
import { OrderQueries } from './order-queries.service';
import { OrdersStoreController } from './orders.store.controller';

/** Orders: placing them (for the checkout) and reading them. Their lifecycle, fulfilment and refunds come next. */
@Module({
  imports: [NotificationsModule],
  controllers: [OrdersStoreController, OrderLookupStoreController, OrdersAdminController],
  providers: [OrderPlacement, OrderQueries, OrderAdminQueries],
  exports: [OrderPlacement, OrderQueries],
})
export class OrdersModule {}
