import type { APIRoute } from 'astro';
import { siteBase } from '../lib/site-url';
import { sitemapPaths, sitemapXml } from '../lib/sitemap';

/** Every public page for search engines: home, categories, collections and all products. */
export const GET: APIRoute = async ({ locals, url }) => {
  try {
    const paths = await sitemapPaths();
    return new Response(sitemapXml(siteBase(locals.store, url), paths), {
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' },
    });
  } catch (error) {
    console.error('Could not build the sitemap:', error instanceof Error ? error.message : error);
    return new Response('The sitemap is unavailable right now.', { status: 503, headers: { 'Retry-After': '60' } });
  }
};
