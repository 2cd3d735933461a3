import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../../platform/money/money.view';

export class ImageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'For lists and thumbnails (480 px wide)' }) thumbnailUrl: string;
  @ApiProperty({ description: 'For the product page (1200 px wide)' }) url: string;
  @ApiProperty() alt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) variantId: string | null;
  @ApiProperty({ type: Number, nullable: true }) width: number | null;
  @ApiProperty({ type: Number, nullable: true }) height: number | null;
}

export class VariantPriceView {
  @ApiProperty() amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ type: Number, nullable: true }) compareAtAmount: number | null;
}

export class DimensionsView {
  @ApiProperty() lengthMm: number;
  @ApiProperty() widthMm: number;
  @ApiProperty() heightMm: number;
}

export class AdminVariantView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sku: string;
  @ApiProperty({ type: String, nullable: true }) barcode: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) options: Record<string, string>;
  @ApiProperty() position: number;
  @ApiProperty({ type: [VariantPriceView], description: 'Base prices per currency' }) prices: VariantPriceView[];
  @ApiProperty({ type: [MoneyView], description: 'What shoppers pay now (sales applied), per currency' }) currentPrices: MoneyView[];
  @ApiProperty({ type: Number, nullable: true }) weightGrams: number | null;
  @ApiProperty({ type: DimensionsView, nullable: true }) dimensions: DimensionsView | null;
  @ApiProperty() trackInventory: boolean;
  @ApiProperty() allowBackorder: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) backorderExpectedAt: string | null;
  @ApiProperty() lowStockThreshold: number;
}

export class OptionView {
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) values: string[];
}

export class RefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AdminProductView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() handle: string;
  @ApiProperty() title: string;
  @ApiProperty() subtitle: string;
  @ApiProperty() vendor: string;
  @ApiProperty({ description: 'Markdown as written' }) description: string;
  @ApiProperty({ description: 'Sanitized HTML as shoppers see it' }) descriptionHtml: string;
  @ApiProperty({ enum: ['draft', 'active', 'archived'] }) status: 'draft' | 'active' | 'archived';
  @ApiProperty({ type: RefView, nullable: true }) category: RefView | null;
  @ApiProperty({ type: [RefView] }) collections: RefView[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, nullable: true }) seoTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) seoDescription: string | null;
  @ApiProperty({ type: [OptionView] }) options: OptionView[];
  @ApiProperty({ type: [AdminVariantView] }) variants: AdminVariantView[];
  @ApiProperty({ type: [ImageView] }) images: ImageView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class AdminProductSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() handle: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['draft', 'active', 'archived'] }) status: 'draft' | 'active' | 'archived';
  @ApiProperty({ type: String, nullable: true }) thumbnailUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) categoryName: string | null;
  @ApiProperty() variantCount: number;
  @ApiProperty({ type: MoneyView, nullable: true, description: 'Lowest current price in the store currency' }) priceFrom: MoneyView | null;
  @ApiProperty({ description: 'Units available across locations (tracked variants)' }) available: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class BulkResultView {
  @ApiProperty() updated: number;
}
