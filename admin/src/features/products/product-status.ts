import type { BadgeTone } from '../../shared/ui/Badge';
import type { ProductStatus } from './use-products';

export const PRODUCT_STATUSES = ['active', 'draft', 'archived'] as const satisfies readonly ProductStatus[];

export const PRODUCT_STATUS: Record<ProductStatus, { label: string; tone: BadgeTone; description: string }> = {
  active: { label: 'Active', tone: 'success', description: 'Shoppers can find and buy it.' },
  draft: { label: 'Draft', tone: 'neutral', description: 'Hidden from shoppers while you work on it.' },
  archived: { label: 'Archived', tone: 'warning', description: 'Retired: hidden, but kept with its history.' },
};

export function isProductStatus(value: unknown): value is ProductStatus {
  return PRODUCT_STATUSES.some((status) => status === value);
}
