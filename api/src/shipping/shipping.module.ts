import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveryOptions } from './delivery-options.service';
import { DeliveryPreviewAdminController } from './delivery-preview.admin.controller';
import { DeliveryPreview } from './delivery-preview.service';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { ShippingMethod } from './entities/shipping-method.entity';
import { ShippingZone } from './entities/shipping-zone.entity';
import { ShippingCalendarAdminController } from './shipping-calendar.admin.controller';
import { ShippingCalendarSettings } from './shipping-calendar.service';
import { ShippingMethodsAdminController } from './shipping-methods.admin.controller';
import { ShippingMethods } from './shipping-methods.service';
import { ShippingZonesAdminController } from './shipping-zones.admin.controller';
import { ShippingZones } from './shipping-zones.service';
import { ShippingCountriesStoreController } from './shipping-countries.store.controller';

/**
 * Delivery: zones, methods and rates, the store's working calendar, and delivery date estimates.
 * Other domains use `DeliveryOptions` only; the pure `matchZone`, `quoteRate` and `estimateDelivery`
 * are theirs to import for a whole cart.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ShippingZone, ShippingMethod])],
  controllers: [
    ShippingZonesAdminController,
    ShippingMethodsAdminController,
    ShippingCalendarAdminController,
    DeliveryPreviewAdminController,
    ShippingCountriesStoreController,
  ],
  providers: [DeliverySetupRepository, DeliveryOptions, DeliveryPreview, ShippingZones, ShippingMethods, ShippingCalendarSettings],
  exports: [DeliveryOptions],
})
export class ShippingModule {}
