import type { DeliveryOptionView } from '@tillpoint/sdk';

/** The product page's delivery estimate: the options for one variant and country, or why there are none. */
export type DeliveryState =
  { status: 'ready'; options: DeliveryOptionView[] } | { status: 'loading'; options: DeliveryOptionView[] } | { status: 'failed' };

/** The same-origin endpoint that asks the API (see pages/api/products/[handle]/delivery.ts). */
export function deliveryUrl(handle: string, variantId: string, country: string): string {
  const query = new URLSearchParams({ variantId, country });
  return `/api/products/${encodeURIComponent(handle)}/delivery?${query}`;
}

/** A response body is trusted only once it has the fields the page reads. */
export function isDeliveryOptions(value: unknown): value is DeliveryOptionView[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => {
      const option = item as Partial<DeliveryOptionView> | null;
      return (
        typeof option === 'object' &&
        option !== null &&
        typeof option.name === 'string' &&
        typeof option.kind === 'string' &&
        typeof option.price?.amount === 'number' &&
        typeof option.price.currency === 'string' &&
        typeof option.estimate?.earliest === 'string' &&
        typeof option.estimate.latest === 'string'
      );
    })
  );
}
