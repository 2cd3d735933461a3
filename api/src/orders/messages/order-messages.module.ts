import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { MessageInboxAdminController } from './message-inbox.admin.controller';
import { MessageInbox } from './message-inbox.service';
import { OrderMessagePosting } from './order-message-posting.service';
import { OrderMessagesAdminController } from './order-messages.admin.controller';
import { OrderMessagesStoreController } from './order-messages.store.controller';
import { OrderThread } from './order-thread.service';

/** The message thread on each order between its customer and the store, and the staff inbox across them. */
@Module({
  imports: [NotificationsModule],
  controllers: [OrderMessagesStoreController, OrderMessagesAdminController, MessageInboxAdminController],
  providers: [OrderThread, OrderMessagePosting, MessageInbox],
})
export class OrderMessagesModule {}
