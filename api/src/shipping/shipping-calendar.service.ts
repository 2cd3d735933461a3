import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { ValidationFailed } from '../platform/errors/domain-error';
import { StoreSettings } from '../settings/store-settings.service';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { UpdateShippingCalendarDto } from './dto/shipping-calendar.dto';
import { ShippingCalendarView } from './dto/shipping-calendar.view';
import { checkCalendar, DEFAULT_SHIPPING_CALENDAR, normaliseCalendar, SHIPPING_SETTINGS_KEY, ShippingCalendar } from './store-calendar';

/** The store's shipping calendar: time zone, working days and holidays. */
@Injectable()
export class ShippingCalendarSettings {
  constructor(
    private readonly db: Db,
    private readonly settings: StoreSettings,
    private readonly setup: DeliverySetupRepository,
  ) {}

  async get(): Promise<ShippingCalendarView> {
    return toView(await this.settings.get(SHIPPING_SETTINGS_KEY, DEFAULT_SHIPPING_CALENDAR));
  }

  replace(input: UpdateShippingCalendarDto): Promise<ShippingCalendarView> {
    const requested: ShippingCalendar = { timezone: input.timezone, workingDays: input.workingDays, holidays: input.holidays ?? [] };
    const errors = checkCalendar(requested);
    if (errors.length) throw new ValidationFailed(errors);
    const calendar = normaliseCalendar(requested);
    return this.db.transaction(async (tx) => {
      await this.settings.set(tx, SHIPPING_SETTINGS_KEY, calendar);
      this.setup.invalidateAfterCommit(tx);
      return toView(calendar);
    });
  }
}

function toView(calendar: ShippingCalendar): ShippingCalendarView {
  return { timezone: calendar.timezone, workingDays: calendar.workingDays, holidays: calendar.holidays };
}
