import type { APIRoute } from 'astro';
import { absoluteUrl, siteBase } from '../lib/site-url';

/** Crawl everything public; accounts and the storefront's own JSON endpoints are no use in search results. */
export const GET: APIRoute = ({ locals, url }) => {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /account',
    'Disallow: /api/',
    '',
    `Sitemap: ${absoluteUrl(siteBase(locals.store, url), '/sitemap.xml')}`,
    '',
  ];
  return new Response(body.join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
};
