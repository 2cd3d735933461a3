import { Module } from '@nestjs/common';

/** Delivery: zones, methods and rates, the store's working calendar, and delivery date estimates. */
@Module({})
export class ShippingModule {}
