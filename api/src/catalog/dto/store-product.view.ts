import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';
import { ImageView, OptionView } from './product.view';

export class AvailabilityView {
  @ApiProperty({ enum: ['in_stock', 'low_stock', 'out_of_stock', 'backorder'] }) status:
    'in_stock' | 'low_stock' | 'out_of_stock' | 'backorder';
  @ApiProperty({ type: Number, nullable: true, description: 'Units left, only when low ("only 3 left")' }) available: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When backordered stock is expected' }) expectedAt:
    string | null;
}

export class StoreVariantView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) options: Record<string, string>;
  @ApiProperty({ type: MoneyView, description: 'What the shopper pays now; carts charge exactly this' }) price: MoneyView;
  @ApiProperty({ type: MoneyView, nullable: true, description: 'The price before the sale (or the compare-at price)' })
  wasPrice: MoneyView | null;
  @ApiProperty() discountPercent: number;
  @ApiProperty({ type: AvailabilityView }) availability: AvailabilityView;
}

export class PriceRangeView {
  @ApiProperty({ type: MoneyView }) min: MoneyView;
  @ApiProperty({ type: MoneyView }) max: MoneyView;
  @ApiProperty({ description: 'The largest percentage off any variant' }) maxDiscountPercent: number;
}

export class ThumbnailView {
  @ApiProperty() url: string;
  @ApiProperty() alt: string;
}

/** A product as listings show it: enough for a card and a quick variant choice, nothing more. */
export class ProductCardView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() handle: string;
  @ApiProperty() title: string;
  @ApiProperty() vendor: string;
  @ApiProperty({ type: ThumbnailView, nullable: true }) thumbnail: ThumbnailView | null;
  @ApiProperty({ type: PriceRangeView }) priceRange: PriceRangeView;
  @ApiProperty({ type: AvailabilityView, description: 'The best any variant offers' }) availability: AvailabilityView;
  @ApiProperty({ type: [OptionView], description: 'Option values in use, in variant order' }) options: OptionView[];
  @ApiProperty({ type: [StoreVariantView] }) variants: StoreVariantView[];
}

export class ProductCardPage {
  @ApiProperty({ type: [ProductCardView] }) items: ProductCardView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BreadcrumbView {
  @ApiProperty() handle: string;
  @ApiProperty() name: string;
}

export class EstimateView {
  @ApiProperty({ format: 'date' }) earliest: string;
  @ApiProperty({ format: 'date' }) latest: string;
}

export class ProductDetailView extends ProductCardView {
  @ApiProperty() subtitle: string;
  @ApiProperty({ description: 'Sanitized HTML' }) descriptionHtml: string;
  @ApiProperty({ type: [ImageView] }) images: ImageView[];
  @ApiProperty({ type: [BreadcrumbView], description: 'Category path from the top' }) breadcrumbs: BreadcrumbView[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, nullable: true }) seoTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) seoDescription: string | null;
}

export class FacetValueView {
  @ApiProperty() value: string;
  @ApiProperty() count: number;
}

export class OptionFacetView {
  @ApiProperty() name: string;
  @ApiProperty({ type: [FacetValueView] }) values: FacetValueView[];
}

export class CategoryFacetView {
  @ApiProperty() handle: string;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
}

export class FacetsView {
  @ApiProperty({ description: 'Products matching every filter' }) total: number;
  @ApiPropertyOptional({ type: MoneyView, nullable: true }) priceMin: MoneyView | null;
  @ApiPropertyOptional({ type: MoneyView, nullable: true }) priceMax: MoneyView | null;
  @ApiProperty({ type: [CategoryFacetView] }) categories: CategoryFacetView[];
  @ApiProperty({ type: [OptionFacetView] }) options: OptionFacetView[];
  @ApiProperty({ type: [FacetValueView] }) tags: FacetValueView[];
  @ApiProperty({ description: 'How many of them are in stock' }) inStock: number;
  @ApiProperty({ description: 'How many of them are on sale' }) onSale: number;
}

export class SuggestionView {
  @ApiProperty() handle: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) thumbnailUrl: string | null;
  @ApiProperty({ type: MoneyView }) price: MoneyView;
}

export class SuggestionsView {
  @ApiProperty({ type: [SuggestionView] }) products: SuggestionView[];
  @ApiProperty({ type: [BreadcrumbView] }) categories: BreadcrumbView[];
}

export class SearchResultsView extends ProductCardPage {
  @ApiProperty({ type: [BreadcrumbView], description: 'Categories whose name matches (first page only)' }) categories: BreadcrumbView[];
}
