import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { DemoCatalogSeeder } from './catalog/demo-catalog.seeder';
import { DemoSeeder } from './demo-seeder.service';

@Module({ imports: [PricingModule], providers: [DemoSeeder, DemoCatalogSeeder], exports: [DemoSeeder, DemoCatalogSeeder] })
export class DemoModule {}
