import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '../platform/errors/domain-error';
import { offerDeliveryOptions, type StockForDelivery } from './delivery-offer';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { DeliveryPreviewDto, DeliveryPreviewView } from './dto/delivery-preview.dto';
import { MAX_AMOUNT_MINOR } from './method-rules';
import { matchZone } from './zone-matching';

/** Lets staff check their setup: what a shopper at a destination would be offered for a parcel. */
@Injectable()
export class DeliveryPreview {
  constructor(private readonly setup: DeliverySetupRepository) {}

  async preview(input: DeliveryPreviewDto, now = new Date()): Promise<DeliveryPreviewView> {
    const { amount } = input.subtotal;
    if (amount < 0 || amount > MAX_AMOUNT_MINOR) {
      throw new ValidationFailed([{ pointer: '/subtotal/amount', detail: `must be between 0 and ${MAX_AMOUNT_MINOR}` }]);
    }
    const setup = await this.setup.current();
    const zone = matchZone(setup.zones, input.destination);
    if (!zone) return { zone: null, options: [] };
    const methods = setup.methodsByZone.get(zone.id) ?? [];
    // Stock is not the question here: every pickup location holds the parcel.
    const stock: StockForDelivery = {
      inStock: true,
      backorderExpectedAt: null,
      availableByLocation: Object.fromEntries(methods.flatMap((m) => (m.pickupLocation ? [[m.pickupLocation.id, 1]] : []))),
    };
    const parcel = { weightGrams: input.weightGrams, subtotal: { amount, currency: input.subtotal.currency } };
    return {
      zone: { id: zone.id, name: zone.name },
      options: offerDeliveryOptions({ methods, calendar: setup.calendar, parcel, stock, now }),
    };
  }
}
