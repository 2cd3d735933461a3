import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../platform/database/like';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { StoreProductQuery, SuggestionsQuery } from '../dto/store-query.dto';
import { SearchResultsView, SuggestionsView } from '../dto/store-product.view';
import { ProductImages } from '../media/product-images.service';
import { ProductListing } from './product-listing.service';

const SUGGESTIONS = 6;

/**
 * Search: full-text (stemmed, weighted: title, then tags and vendor, then description) or a close
 * spelling of a title word (trigram word similarity), ranked by both. Suggestions answer as-you-type.
 */
@Injectable()
export class ProductSearch {
  constructor(
    private readonly db: Db,
    private readonly listing: ProductListing,
    private readonly images: ProductImages,
    private readonly config: AppConfig,
  ) {}

  async search(query: StoreProductQuery): Promise<SearchResultsView> {
    const [page, categories] = await Promise.all([
      this.listing.list(query),
      query.cursor || !query.q?.trim() ? Promise.resolve([]) : this.matchingCategories(query.q.trim(), 5),
    ]);
    return { ...page, categories };
  }

  async suggestions(query: SuggestionsQuery): Promise<SuggestionsView> {
    const q = query.q.trim();
    if (q.length < 2) return { products: [], categories: [] };
    const currency = query.currency ?? this.config.store.currency;
    const [products, categories] = await Promise.all([
      this.db.read(
        `SELECT p.id, p.handle, p.title, pr.min_amount,
                (SELECT i.id FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS image_id
           FROM products p JOIN product_price_ranges pr ON pr.product_id = p.id AND pr.currency = $2
          WHERE p.status = 'active' AND (p.title ILIKE $3 OR $1 <% p.title)
          ORDER BY (p.title ILIKE $4) DESC, word_similarity($1, p.title) DESC, p.sales_count DESC, p.id
          LIMIT ${SUGGESTIONS}`,
        [q, currency, `%${escapeLike(q)}%`, `${escapeLike(q)}%`],
      ) as Promise<{ id: string; handle: string; title: string; min_amount: string; image_id: string | null }[]>,
      this.matchingCategories(q, 3),
    ]);
    return {
      products: products.map((p) => ({
        handle: p.handle,
        title: p.title,
        thumbnailUrl: p.image_id ? this.images.urlOf(p.id, p.image_id, 'thumb') : null,
        price: { amount: Number(p.min_amount), currency },
      })),
      categories,
    };
  }

  private matchingCategories(q: string, limit: number): Promise<{ handle: string; name: string }[]> {
    return this.db.read(
      `SELECT handle, name FROM categories WHERE name ILIKE $2 OR $1 <% name ORDER BY word_similarity($1, name) DESC, name LIMIT ${limit}`,
      [q, `%${escapeLike(q)}%`],
    );
  }
}
