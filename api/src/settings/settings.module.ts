import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StoreInfoStoreController } from './store-info.store.controller';
import { StoreSetting } from './store-setting.entity';
import { StoreSettings } from './store-settings.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoreSetting])],
  controllers: [StoreInfoStoreController],
  providers: [StoreSettings],
  exports: [StoreSettings],
})
export class SettingsModule {}
