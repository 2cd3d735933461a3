import type { APIRoute } from 'astro';

/** "Download your data": the API's export for the signed-in customer, handed over as a file. */
export const GET: APIRoute = async ({ locals, redirect }) => {
  if (!locals.customer) return redirect('/account/sign-in?next=/account/delete');
  try {
    const exported = await locals.api.storeExportMyData();
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="my-data.json"',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    console.error('Could not export the customer data:', error instanceof Error ? error.message : error);
    return new Response('We could not prepare your data right now. Please try again in a moment.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
};
