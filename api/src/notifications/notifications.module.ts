import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../platform/config/app-config';
import { MailAdminController } from './mail.admin.controller';
import { MailDeliveryProcessor } from './mail-delivery.processor';
import { MailMessage } from './mail-message.entity';
import { MailQueries } from './mail-queries.service';
import { MailRetry } from './mail-retry.service';
import { createMailTransport, MailTransport } from './mail-transport';
import { Mailer } from './mailer.service';
import { OrderNotifications } from './order-notifications.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  controllers: [MailAdminController],
  providers: [
    Mailer,
    OrderNotifications,
    MailQueries,
    MailRetry,
    MailDeliveryProcessor,
    { provide: MailTransport, inject: [AppConfig], useFactory: createMailTransport },
  ],
  exports: [Mailer, OrderNotifications],
})
export class NotificationsModule {}
