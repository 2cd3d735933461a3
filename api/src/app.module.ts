import { DynamicModule, Module, Type } from '@nestjs/common';
import { AdminViewsModule } from './admin-views/admin-views.module';
import { AuthModule } from './auth/auth.module';
import { DemoModule } from './demo/demo.module';
import { NotificationsModule } from './notifications/notifications.module';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { HealthModule } from './platform/health/health.module';
import { ProcessRole, QueueModule } from './platform/queue/queue.module';
import { CountersModule } from './platform/rate-limit/counter-store';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { RedisModule } from './platform/redis/redis.module';
import { SettingsModule } from './settings/settings.module';
import { IdempotencyModule } from './platform/idempotency/idempotency.module';
import { InventoryModule } from './inventory/inventory.module';
import { ShippingModule } from './shipping/shipping.module';
import { PricingModule } from './pricing/pricing.module';
import { CatalogModule } from './catalog/catalog.module';
import { CartModule } from './cart/cart.module';
import { TaxModule } from './tax/tax.module';
import { PromotionsModule } from './promotions/promotions.module';
import { PaymentsModule } from './payments/payments.module';
import { OrdersModule } from './orders/orders.module';
import { CheckoutModule } from './checkout/checkout.module';
import { CustomersModule } from './customers/customers.module';
import { StorageModule } from './platform/storage/storage.module';
import { ReadCacheModule } from './platform/read-cache/read-cache.module';

/** The whole API. The same module graph serves HTTP, runs the worker and describes the OpenAPI document. */
@Module({})
export class AppModule {
  static register(config: AppConfig, role: ProcessRole, extra: (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        RedisModule,
        CountersModule,
        RateLimitModule,
        QueueModule.forRoot(config, role),
        AuthModule,
        NotificationsModule,
        HealthModule,
        SettingsModule,
        IdempotencyModule,
        ReadCacheModule.forRoot(role),
        InventoryModule,
        ShippingModule,
        PricingModule,
        StorageModule,
        CatalogModule,
        TaxModule,
        PromotionsModule,
        CartModule,
        PaymentsModule,
        OrdersModule,
        CheckoutModule,
        CustomersModule,
        AdminViewsModule,
        ...(role === 'api' || role === 'cli' ? [DemoModule] : []),
        ...extra,
      ],
    };
  }
}
