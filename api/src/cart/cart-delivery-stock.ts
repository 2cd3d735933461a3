import type { VariantSnapshot } from '../catalog/store/variant-snapshots.service';
import type { StockForDelivery } from '../shipping/delivery-options.service';

/**
 * The stock of a whole cart, as delivery estimates need it: in stock only when every line is, pickup only
 * at a location that holds every tracked line, and a backorder waits for the latest expected date.
 */
export function cartDeliveryStock(lines: readonly { quantity: number; variant: VariantSnapshot | undefined }[]): StockForDelivery {
  const tracked = lines.filter((line) => line.variant?.limitedByStock || line.variant?.stock.availability.status === 'backorder');
  const inStock = lines.every(({ quantity, variant }) => {
    if (!variant) return false;
    const { status } = variant.stock.availability;
    return status !== 'out_of_stock' && status !== 'backorder' && (!variant.limitedByStock || variant.stock.available >= quantity);
  });
  const locations = tracked.length ? Object.keys(tracked[0].variant!.stock.availableByLocation) : [];
  const availableByLocation = Object.fromEntries(
    locations
      .filter((location) => tracked.every(({ quantity, variant }) => (variant!.stock.availableByLocation[location] ?? 0) >= quantity))
      .map((location) => [location, 1]),
  );
  const expected = lines
    .map(({ variant }) => (variant?.stock.availability.status === 'backorder' ? variant.stock.availability.expectedAt : null))
    .filter((date): date is string => date !== null)
    .sort();
  const onBackorder = lines.some(({ variant }) => variant?.stock.availability.status === 'backorder');
  return { availableByLocation, inStock: inStock && !onBackorder, backorderExpectedAt: onBackorder ? (expected.at(-1) ?? null) : null };
}
