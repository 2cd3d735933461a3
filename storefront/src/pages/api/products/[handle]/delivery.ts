import { isProblemError } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { deliveryCountry, loadDeliveryCountries } from '../../../../lib/delivery-countries';

/** Delivery options for one variant and country, for the product page's variant picker. */
export const GET: APIRoute = async ({ params, url, locals }) => {
  const handle = params.handle ?? '';
  const variantId = url.searchParams.get('variantId') ?? undefined;
  const country = deliveryCountry(url.searchParams.get('country'), await loadDeliveryCountries(locals.store.country), locals.store.country);
  try {
    const options = await locals.api.storeListDeliveryOptions({
      path: { handle },
      query: { variantId, country, currency: locals.store.currency },
    });
    // Estimates move with the clock (cut-off times, the next working day): a minute at most.
    return Response.json(options, { headers: { 'Cache-Control': 'public, max-age=60' } });
  } catch (error) {
    if (isProblemError(error) && (error.status === 400 || error.status === 404)) {
      return Response.json({ title: error.title, status: error.status }, { status: error.status });
    }
    console.error('Could not load delivery options:', error instanceof Error ? error.message : error);
    return Response.json({ title: 'Delivery options are unavailable', status: 502 }, { status: 502 });
  }
};
