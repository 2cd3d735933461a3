import type { TillpointClient } from '@tillpoint/sdk';
import { createAnonymousClient } from './api';
import { flattenCategories } from './category-tree';
import { categoryHref, collectionHref, productHref } from './links';
import { remembered } from './remembered';

/** Crawlers fetch the sitemap rarely but it pages through the whole catalog: keep it for ten minutes. */
const CACHE_TTL_MS = 10 * 60_000;
const PRODUCTS_PER_REQUEST = 100;
/** A guard against a cursor that never ends: 500 pages are 50,000 products, the sitemap protocol's limit. */
const MAX_PAGES = 500;

/** Every public page path: home, categories, collections and products. Stale paths beat none when the API fails. */
export const sitemapPaths = remembered(CACHE_TTL_MS, 'the sitemap', () => collectPaths(createAnonymousClient()));

export function sitemapXml(base: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(`${base}${path}`)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

async function collectPaths(api: TillpointClient): Promise<string[]> {
  const [tree, collections] = await Promise.all([api.storeListCategories(), api.storeListCollections({ query: { featured: 'false' } })]);
  const paths = ['/', '/categories', ...flattenCategories(tree).map((c) => categoryHref(c.handle))];
  paths.push(...collections.map((c) => collectionHref(c.handle)));
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor } = await api.storeListProducts({ query: { limit: PRODUCTS_PER_REQUEST, cursor } });
    paths.push(...items.map((p) => productHref(p.handle)));
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return paths;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
