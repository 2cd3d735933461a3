import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '../platform/database/db.service';
import { money } from '../platform/money/money';
import { StoreSettings } from '../settings/store-settings.service';
import type { OfferableMethod } from './delivery-offer';
import type { StoredWeightRate } from './entities/shipping-method.entity';
import type { RateType, ShippingMethodKind } from './rate-quote';
import { DEFAULT_SHIPPING_CALENDAR, SHIPPING_SETTINGS_KEY, ShippingCalendar } from './store-calendar';
import type { ZoneRule } from './zone-matching';

export interface SetupZone extends ZoneRule {
  id: string;
  name: string;
}

/** Everything a delivery quote needs: every zone, the active methods of each, and the calendar. */
export interface DeliverySetup {
  zones: SetupZone[];
  methodsByZone: ReadonlyMap<string, OfferableMethod[]>;
  calendar: ShippingCalendar;
}

/** Long enough to spare the database on busy product pages, short enough for other replicas to catch up. */
const CACHE_TTL_MS = 30_000;

interface MethodRow {
  id: string;
  zone_id: string;
  name: string;
  kind: ShippingMethodKind;
  currency: string;
  rate_type: RateType;
  flat_amount: string | null;
  weight_rates: StoredWeightRate[];
  free_over_amount: string | null;
  handling_days: number;
  transit_days_min: number;
  transit_days_max: number;
  cutoff_time: string;
  position: number;
  pickup_location_id: string | null;
  location_name: string | null;
  location_city: string | null;
  location_open: boolean | null;
}

/**
 * Reads the delivery setup for quoting: two queries (zones; active methods with their pickup location)
 * plus the calendar, kept in process for up to 30 s. This domain's own writes drop it once they commit;
 * changes made on another replica, or to a stock location, show within the 30 s.
 */
@Injectable()
export class DeliverySetupRepository {
  private cached: { setup: Promise<DeliverySetup>; expiresAt: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly settings: StoreSettings,
  ) {}

  current(): Promise<DeliverySetup> {
    const now = Date.now();
    if (this.cached && this.cached.expiresAt > now) return this.cached.setup;
    // The promise is cached, not its result: concurrent first callers share one load, and an
    // invalidation during a load drops that load along with everything older.
    const setup = this.load();
    const entry = { setup, expiresAt: now + CACHE_TTL_MS };
    this.cached = entry;
    setup.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return setup;
  }

  /** Call in every transaction that changes zones, methods or the calendar. */
  invalidateAfterCommit(tx: EntityManager): void {
    this.db.afterCommit(tx, () => {
      this.cached = null;
    });
  }

  private async load(): Promise<DeliverySetup> {
    const [zones, methods, calendar] = await Promise.all([
      this.db.manager.query(
        `SELECT id, name, countries, regions, postcode_patterns AS "postcodePatterns", position
           FROM shipping_zones ORDER BY position, created_at, id`,
      ) as Promise<SetupZone[]>,
      this.db.manager.query(
        `SELECT m.id, m.zone_id, m.name, m.kind, m.currency, m.rate_type, m.flat_amount, m.weight_rates, m.free_over_amount,
                m.handling_days, m.transit_days_min, m.transit_days_max, to_char(m.cutoff_time, 'HH24:MI') AS cutoff_time,
                m.position, m.pickup_location_id, l.name AS location_name, l.city AS location_city,
                (l.active AND l.pickup_enabled) AS location_open
           FROM shipping_methods m
           LEFT JOIN stock_locations l ON l.id = m.pickup_location_id
          WHERE m.active
          ORDER BY m.position, m.created_at, m.id`,
      ) as Promise<MethodRow[]>,
      this.settings.get(SHIPPING_SETTINGS_KEY, DEFAULT_SHIPPING_CALENDAR),
    ]);
    const methodsByZone = new Map<string, OfferableMethod[]>();
    for (const row of methods) {
      const list = methodsByZone.get(row.zone_id) ?? [];
      list.push(toOfferableMethod(row));
      methodsByZone.set(row.zone_id, list);
    }
    return { zones, methodsByZone, calendar };
  }
}

function toOfferableMethod(row: MethodRow): OfferableMethod {
  const currency = row.currency.trim();
  const amount = (minor: string | number | null) => (minor === null ? null : money(Number(minor), currency));
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    position: row.position,
    currency,
    rateType: row.rate_type,
    flatAmount: amount(row.flat_amount),
    weightRates: row.weight_rates.map((rate) => ({ upToGrams: rate.upToGrams, amount: money(rate.amountMinor, currency) })),
    freeOverAmount: amount(row.free_over_amount),
    handlingDays: row.handling_days,
    transitDaysMin: row.transit_days_min,
    transitDaysMax: row.transit_days_max,
    cutoffTime: row.cutoff_time,
    pickupLocation: row.pickup_location_id
      ? { id: row.pickup_location_id, name: row.location_name ?? '', city: row.location_city ?? '', open: row.location_open === true }
      : null,
  };
}
