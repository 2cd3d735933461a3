import type { CartSettingsDto } from '@tillpoint/sdk';
import { z } from 'zod';
import { wholeNumber } from '../../../shared/forms/fields';

// Only "is it a whole number" here: the API owns the ranges and answers per field.
export const cartSettingsSchema = z.object({
  maxQuantityPerLine: wholeNumber(),
  maxLines: wholeNumber(),
  maxItemsPerOrder: wholeNumber(),
  reservationMinutes: wholeNumber(),
  idleDays: wholeNumber(),
});

export type CartSettingsInput = z.input<typeof cartSettingsSchema>;
export type CartSettingName = keyof CartSettingsDto;

export const CART_SETTING_FIELDS = Object.keys(cartSettingsSchema.shape) as CartSettingName[];

export function cartSettingsInput(settings: CartSettingsDto): CartSettingsInput {
  return {
    maxQuantityPerLine: String(settings.maxQuantityPerLine),
    maxLines: String(settings.maxLines),
    maxItemsPerOrder: String(settings.maxItemsPerOrder),
    reservationMinutes: String(settings.reservationMinutes),
    idleDays: String(settings.idleDays),
  };
}

/** "90 minutes" → "1 hour 30 minutes": the reservation time as people say it. */
export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours && `${hours} hour${hours === 1 ? '' : 's'}`, rest && `${rest} minute${rest === 1 ? '' : 's'}`];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}
