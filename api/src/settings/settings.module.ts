import { Module } from '@nestjs/common';
import { StoreInfoStoreController } from './store-info.store.controller';

@Module({ controllers: [StoreInfoStoreController] })
export class SettingsModule {}
