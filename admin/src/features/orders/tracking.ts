import { z } from 'zod';
import { optionalText } from '../../shared/forms/fields';

/** Carriers whose tracking page the API links to by itself, offered as suggestions. */
export const KNOWN_CARRIERS = ['PostNL', 'DHL', 'DPD', 'UPS', 'FedEx', 'GLS', 'USPS', 'bpost'] as const;

/** Carrier, number and link, each optional, as the API's TrackingDto takes them. */
export const trackingFields = {
  carrier: optionalText(100),
  trackingNumber: optionalText(100),
  trackingUrl: z
    .string()
    .trim()
    .max(2000, 'Use at most 2000 characters')
    .refine((url) => !url || /^https?:\/\/\S+$/i.test(url), 'Enter a link starting with https://')
    .transform((url) => url || null),
};

export const NO_TRACKING = { carrier: '', trackingNumber: '', trackingUrl: '' };

/** The API leaves out what is empty, rather than taking null. */
export function trackingBody(values: { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null }) {
  return {
    carrier: values.carrier ?? undefined,
    trackingNumber: values.trackingNumber ?? undefined,
    trackingUrl: values.trackingUrl ?? undefined,
  };
}
