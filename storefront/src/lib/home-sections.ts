import type { CollectionView, ProductCardView, TillpointClient } from '@tillpoint/sdk';

const SHELF_SIZE = 8;
const FEATURED_COLLECTIONS = 3;
const PREVIEW_IMAGES = 3;

export interface CollectionPreview {
  collection: CollectionView;
  /** Thumbnails of a few of its products, for the card's picture. */
  images: string[];
}

export interface HomeSections {
  collections: CollectionPreview[];
  onSale: ProductCardView[];
  newest: ProductCardView[];
}

/** The home page's content. Each section is optional: a failing call leaves it out instead of failing the page. */
export async function loadHomeSections(api: TillpointClient, currency: string): Promise<HomeSections> {
  const shelf = (query: { onSale?: boolean; sort: 'best_selling' | 'newest' }, what: string) =>
    api
      .storeListProducts({ query: { ...query, limit: SHELF_SIZE, currency } })
      .then((page) => page.items)
      .catch(quietly(what, []));
  const [collections, onSale, newest] = await Promise.all([
    api
      .storeListCollections({ query: { featured: 'true' } })
      .then((featured) => Promise.all(featured.slice(0, FEATURED_COLLECTIONS).map((collection) => previewOf(api, collection))))
      .catch(quietly('featured collections', [])),
    shelf({ onSale: true, sort: 'best_selling' }, 'products on sale'),
    shelf({ sort: 'newest' }, 'new arrivals'),
  ]);
  return { collections, onSale, newest };
}

async function previewOf(api: TillpointClient, collection: CollectionView): Promise<CollectionPreview> {
  const page = await api.storeListProducts({ query: { collection: collection.handle, limit: PREVIEW_IMAGES, sort: 'best_selling' } });
  return { collection, images: page.items.flatMap((p) => (p.thumbnail ? [p.thumbnail.url] : [])) };
}

function quietly<T>(what: string, fallback: T[]): (error: unknown) => T[] {
  return (error) => {
    console.error(`Could not load ${what} for the home page:`, error instanceof Error ? error.message : error);
    return fallback;
  };
}
