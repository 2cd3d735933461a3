import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { PromotionsModule } from '../promotions/promotions.module';
import { ShippingModule } from '../shipping/shipping.module';
import { TaxModule } from '../tax/tax.module';
import { CartSettingsAdminController } from './admin/cart-settings.admin.controller';
import { CartCheckoutState } from './cart-checkout-state.service';
import { CartDetails } from './cart-details.service';
import { CartQuotes } from './cart-quote.service';
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
  imports: [CatalogModule, ShippingModule, TaxModule, PromotionsModule],
  controllers: [CartsStoreController, CartLinesStoreController, CartSettingsAdminController],
  providers: [
    CartRepository,
    CartAccess,
    CartSettingsService,
    CartQuotes,
    CartViews,
    CartLines,
    CartDetails,
    Carts,
    CartExpiryProcessor,
    CartCheckoutState,
  ],
  exports: [CartAccess, CartViews, CartSettingsService, CartCheckoutState],
})
export class CartModule {}
