import { Injectable } from '@nestjs/common';
import type { Money } from '../platform/money/money';
import { offerDeliveryOptions, type StockForDelivery } from './delivery-offer';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { DeliveryOptionView } from './dto/delivery-option.view';
import { type Destination, matchZone } from './zone-matching';

export type { Destination } from './zone-matching';
export type { StockForDelivery } from './delivery-offer';
export { DeliveryEstimateView, DeliveryOptionView, PickupLocationView } from './dto/delivery-option.view';

export interface DeliveryOptionsForItem {
  destination: Destination;
  /** The item's weight; 0 when unknown. */
  weightGrams: number;
  /** The price of one unit: the subtotal for free-over thresholds, and the currency to quote in. */
  price: Money;
  stock: StockForDelivery;
  now?: Date;
}

/**
 * Delivery options for the catalog's product pages (and later the cart): what a shopper at this
 * destination can choose, priced and dated. Reads the cached setup, so a page view costs no query.
 */
@Injectable()
export class DeliveryOptions {
  constructor(private readonly setup: DeliverySetupRepository) {}

  /**
   * The active methods of the zone that matches the destination, priced for one unit, with their
   * estimates. Pickup only where the location holds stock and never for a backorder; ship-to when in
   * stock, or from `backorderExpectedAt` on backorder (none without a date). Pickup last, then by
   * earliest date, then by price.
   */
  async forItem(input: DeliveryOptionsForItem): Promise<DeliveryOptionView[]> {
    const setup = await this.setup.current();
    const zone = matchZone(setup.zones, input.destination);
    if (!zone) return [];
    return offerDeliveryOptions({
      methods: setup.methodsByZone.get(zone.id) ?? [],
      calendar: setup.calendar,
      parcel: { weightGrams: input.weightGrams, subtotal: input.price },
      stock: input.stock,
      now: input.now ?? new Date(),
    });
  }
}
