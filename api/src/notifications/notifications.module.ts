import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../platform/config/app-config';
import { MailAdminController } from './mail.admin.controller';
import { MailDeliveryProcessor } from './mail-delivery.processor';
import { MailMessage } from './mail-message.entity';
import { MailQueries } from './mail-queries.service';
import { createMailTransport, MailTransport } from './mail-transport';
import { Mailer } from './mailer.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  controllers: [MailAdminController],
  providers: [Mailer, MailQueries, MailDeliveryProcessor, { provide: MailTransport, inject: [AppConfig], useFactory: createMailTransport }],
  exports: [Mailer],
})
export class NotificationsModule {}
