import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '../inventory/inventory.module';
import { PricingModule } from '../pricing/pricing.module';
import { ShippingModule } from '../shipping/shipping.module';
import { CategoriesAdminController, CollectionsAdminController } from './admin/categories.admin.controller';
import { ImagesAdminController } from './admin/images.admin.controller';
import { ProductAuthoring } from './admin/product-authoring.service';
import { ProductList } from './admin/product-list.service';
import { ProductReader } from './admin/product-reader.service';
import { ProductsAdminController } from './admin/products.admin.controller';
import { VariantWriter } from './admin/variant-writer.service';
import { VariantsAdminController } from './admin/variants.admin.controller';
import { Categories } from './categories.service';
import { Collections } from './collections.service';
import { Category } from './entities/category.entity';
import { Collection } from './entities/collection.entity';
import { ProductImage } from './entities/product-image.entity';
import { ProductOption } from './entities/product-option.entity';
import { ProductVariant } from './entities/product-variant.entity';
import { Product } from './entities/product.entity';
import { ProductImages } from './media/product-images.service';
import { CatalogExport } from './imports/catalog-export.service';
import { CatalogImportProcessor } from './imports/catalog-import.processor';
import { CatalogImport } from './imports/catalog-import.entity';
import { CatalogImports } from './imports/catalog-imports.service';
import { CatalogImportsAdminController } from './imports/catalog-imports.admin.controller';
import { ProductImportWriter } from './imports/product-import-writer.service';
import { CategoriesStoreController } from './store/categories.store.controller';
import { ProductCards } from './store/product-cards.service';
import { ProductDetail } from './store/product-detail.service';
import { ProductFacets } from './store/product-facets.service';
import { ProductListing } from './store/product-listing.service';
import { ProductSearch } from './store/product-search.service';
import { ProductsStoreController } from './store/products.store.controller';
import { SearchTerms } from './store/search-terms.service';
import { VariantSnapshots } from './store/variant-snapshots.service';
import { ReadCacheMiddleware } from '../platform/read-cache/read-cache.middleware';

/** Products, variants, options, categories, collections and images; the storefront's catalog reads. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Product, ProductVariant, ProductOption, Category, Collection, ProductImage, CatalogImport]),
    PricingModule,
    InventoryModule,
    ShippingModule,
  ],
  controllers: [
    CatalogImportsAdminController,
    ProductsAdminController,
    VariantsAdminController,
    ImagesAdminController,
    CategoriesAdminController,
    CollectionsAdminController,
    ProductsStoreController,
    CategoriesStoreController,
  ],
  providers: [
    Categories,
    Collections,
    ProductImages,
    ProductReader,
    ProductAuthoring,
    VariantWriter,
    ProductList,
    ProductCards,
    ProductListing,
    ProductFacets,
    ProductDetail,
    ProductSearch,
    SearchTerms,
    CatalogImports,
    CatalogImportProcessor,
    ProductImportWriter,
    CatalogExport,
    VariantSnapshots,
  ],
  exports: [ProductAuthoring, Categories, Collections, ProductImages, VariantSnapshots],
})
export class CatalogModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadCacheMiddleware).forRoutes(ProductsStoreController, CategoriesStoreController);
  }
}
