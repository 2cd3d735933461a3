import type { DeliveryOptionView } from './dto/delivery-option.view';
import { type DeliveryTiming, estimateDelivery } from './delivery-estimate';
import { type Parcel, quoteRate, type RateRule, type ShippingMethodKind } from './rate-quote';
import type { ShippingCalendar } from './store-calendar';

/** Where an item's stock is, as the catalog knows it. */
export interface StockForDelivery {
  /** Location id → units available there; only locations with some are needed. */
  availableByLocation: Record<string, number>;
  inStock: boolean;
  /** `YYYY-MM-DD` when a backordered item is expected; null when unknown or not on backorder. */
  backorderExpectedAt: string | null;
}

export interface PickupPoint {
  id: string;
  name: string;
  city: string;
  /** Active and open for pickup right now (the inventory domain may change either). */
  open: boolean;
}

/** An active method of the matched zone, with what pricing, estimating and showing it need. */
export interface OfferableMethod extends RateRule, DeliveryTiming {
  id: string;
  name: string;
  kind: ShippingMethodKind;
  position: number;
  pickupLocation: PickupPoint | null;
}

export interface OfferInput {
  methods: readonly OfferableMethod[];
  calendar: ShippingCalendar;
  parcel: Parcel;
  stock: StockForDelivery;
  now: Date;
}

/**
 * The options a shopper may choose from. Ship-to methods when the item is in stock, or on backorder with
 * an expected date (handling starts then; without a date no estimate is possible, so none is offered).
 * Pickup only at an open location holding stock, never for a backorder. Methods that cannot carry the
 * parcel are left out. Pickup comes last, the rest by earliest date, then price.
 */
export function offerDeliveryOptions({ methods, calendar, parcel, stock, now }: OfferInput): DeliveryOptionView[] {
  const offered: (DeliveryOptionView & { position: number })[] = [];
  for (const method of methods) {
    const readyFrom = readinessFor(method, stock);
    if (readyFrom === undefined) continue;
    const price = quoteRate(method, parcel);
    if (!price) continue;
    const location = method.pickupLocation;
    offered.push({
      methodId: method.id,
      name: method.name,
      kind: method.kind,
      price: { ...price },
      freeOver: method.freeOverAmount ? { ...method.freeOverAmount } : null,
      estimate: estimateDelivery({ now, calendar, method, readyFrom }),
      pickupLocation: method.kind === 'pickup' && location ? { id: location.id, name: location.name, city: location.city } : null,
      position: method.position,
    });
  }
  return offered.sort(byPreference).map(({ position: _position, ...option }) => option);
}

/** null: ready now; a date: ready from then; undefined: not offered for this stock. */
function readinessFor(method: OfferableMethod, stock: StockForDelivery): string | null | undefined {
  if (method.kind === 'pickup') {
    const location = method.pickupLocation;
    const holdsStock = location !== null && location.open && (stock.availableByLocation[location.id] ?? 0) > 0;
    return stock.inStock && holdsStock ? null : undefined;
  }
  if (stock.inStock) return null;
  return stock.backorderExpectedAt ?? undefined;
}

function byPreference(a: DeliveryOptionView & { position: number }, b: DeliveryOptionView & { position: number }): number {
  return (
    Number(a.kind === 'pickup') - Number(b.kind === 'pickup') ||
    compare(a.estimate.earliest, b.estimate.earliest) ||
    a.price.amount - b.price.amount ||
    a.position - b.position ||
    compare(a.name, b.name)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
