import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrderPlacement } from './order-placement.service';
import { OrderQueries } from './order-queries.service';
import { OrdersStoreController } from './orders.store.controller';

/** Orders: placing them (for the checkout) and reading them. Their lifecycle, fulfilment and refunds come next. */
@Module({
  imports: [NotificationsModule],
  controllers: [OrdersStoreController],
  providers: [OrderPlacement, OrderQueries],
  exports: [OrderPlacement, OrderQueries],
})
export class OrdersModule {}
