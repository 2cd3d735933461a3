import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { createMediaStorage, MediaStorage } from './media-storage';
import { MediaController } from './media.controller';

@Global()
@Module({
  controllers: [MediaController],
  providers: [{ provide: MediaStorage, inject: [AppConfig], useFactory: createMediaStorage }],
  exports: [MediaStorage],
})
export class StorageModule {}
