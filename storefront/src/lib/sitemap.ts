import type { TillpointClient } from '@tillpoint/sdk';
import { createAnonymousClient } from './api';
import { flattenCategories } from './category-tree';
import { categoryHref, collectionHref, productHref } from './links';

/** Crawlers fetch the sitemap rarely but it pages through the whole catalog: keep it for ten minutes. */
const CACHE_TTL_MS = 10 * 60_000;
const PRODUCTS_PER_REQUEST = 100;
/** A guard against a cursor that never ends: 500 pages are 50,000 products, the sitemap protocol's limit. */
const MAX_PAGES = 500;

let cached: { paths: string[]; expiresAt: number } | undefined;
let building: Promise<string[]> | undefined;

/** Every public page path: home, categories, collections and products. Stale paths beat none when the API fails. */
export async function sitemapPaths(): Promise<string[]> {
  if (cached && cached.expiresAt > Date.now()) return cached.paths;
  // Concurrent requests share one walk through the catalog.
  building ??= collectPaths(createAnonymousClient())
    .then((paths) => {
      cached = { paths, expiresAt: Date.now() + CACHE_TTL_MS };
      return paths;
    })
    .catch((error: unknown) => {
      if (cached) {
        console.error('Could not refresh the sitemap:', error instanceof Error ? error.message : error);
        return cached.paths;
      }
      throw error;
    })
    .finally(() => {
      building = undefined;
    });
  return building;
}

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
