import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CartAccess } from './cart-access.service';
import { CartExpiryProcessor } from './cart-expiry.processor';
import { CartLines } from './cart-lines.service';
import { CartLinesStoreController } from './cart-lines.store.controller';
import { CartRepository } from './cart.repository';
import { CartSettingsService } from './cart-settings.service';
import { CartViews } from './cart-views.service';
import { Carts } from './carts.service';
import { CartsStoreController } from './carts.store.controller';

/** Guest and customer carts: lines, limits, stock checks, merging on sign-in, expiry. */
@Module({
  imports: [CatalogModule],
  controllers: [CartsStoreController, CartLinesStoreController],
  providers: [CartRepository, CartAccess, CartSettingsService, CartViews, CartLines, Carts, CartExpiryProcessor],
  exports: [CartAccess, CartViews, CartSettingsService],
})
export class CartModule {}
